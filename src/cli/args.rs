//! Command-line arguments (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::vocab::{Channel, Lang};

/// Practise social-media customer service: scripted scenarios, explained scoring, progress.
#[derive(Debug, Parser)]
#[command(name = "someaspa", version, about)]
pub struct Cli {
    /// Where profiles and progress live (default: the platform data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Extra scenario packs to load (may be given more than once).
    #[arg(long = "scenarios", global = true, value_name = "DIR")]
    pub scenarios: Vec<PathBuf>,
    /// Language of the interface and of messages: fi or en.
    #[arg(long, global = true, value_name = "fi|en")]
    pub lang: Option<Lang>,
    /// What to do; without a command the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files: every problem as `path:line:col: message`; exit 1 if any.
    Validate {
        /// Files or pack folders (default: every pack the app would load).
        paths: Vec<PathBuf>,
        /// Print the problems as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the scenarios found.
    List {
        /// Print one JSON object per scenario (as a JSON array).
        #[arg(long)]
        json: bool,
    },
    /// Score a reply: for a scenario step, against listed criteria, or a batch of JSON lines.
    Score(ScoreArgs),
    /// Write a profile's progress report.
    Report {
        /// The trainee's profile.
        #[arg(long, value_name = "NAME")]
        profile: String,
        /// csv, html, or json (importable).
        #[arg(long, value_enum, default_value = "csv")]
        format: ReportFormat,
        /// Write to this file (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Import a trainee's JSON export into this machine's store (duplicates are skipped).
    Import {
        /// The export file.
        file: PathBuf,
        /// Keep the attempts under this profile (default: the trainee's name in the file).
        #[arg(long, value_name = "NAME")]
        profile: Option<String>,
    },
}

/// Arguments of `score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// The scenario whose step to score against.
    #[arg(long, value_name = "ID", conflicts_with_all = ["criteria", "batch"])]
    pub scenario: Option<String>,
    /// The step: its number (1 = first) or id; Pick/Act steps take an option or action id as the reply.
    #[arg(long, value_name = "N", requires = "scenario")]
    pub step: Option<String>,
    /// Score against these built-in criteria (equal weights); needs --lang and --channel.
    #[arg(long, value_name = "ID,ID", conflicts_with = "batch")]
    pub criteria: Option<String>,
    /// The channel for --criteria.
    #[arg(long, value_name = "CHANNEL")]
    pub channel: Option<Channel>,
    /// The customer's name for --criteria (for uses-name).
    #[arg(long, value_name = "NAME")]
    pub customer_name: Option<String>,
    /// The reply text.
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["reply_file", "batch"])]
    pub reply: Option<String>,
    /// Read the reply from a file (- for standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "batch")]
    pub reply_file: Option<PathBuf>,
    /// One JSON request per line in, one JSON result per line out (- for standard input).
    #[arg(long, value_name = "FILE.jsonl")]
    pub batch: Option<PathBuf>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// Draw the scenario's variables from this seed (default: their default values).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Record the attempt in this profile's history, as the app does (needs --scenario).
    #[arg(long, value_name = "NAME", requires = "scenario")]
    pub profile: Option<String>,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One row per criterion result.
    Csv,
    /// A self-contained page with charts and the replies.
    Html,
    /// The full history, for `someaspa import` on a trainer's machine.
    Json,
}
