//! Command-line arguments (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::shift::ShiftLevel;
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
    /// Send the results waiting in the outbox to the Learning Record Store.
    Sync {
        /// Only say how many statements would be sent.
        #[arg(long)]
        dry_run: bool,
        /// Print the outcome as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Set up or inspect the connection to the Learning Record Store.
    #[command(subcommand)]
    Lrs(LrsCommand),
    /// Check scenario files: every problem as `path:line:col: message`; exit 1 if any.
    Validate {
        /// Files or pack folders (default: every pack the app would load).
        paths: Vec<PathBuf>,
        /// Print the problems as JSON.
        #[arg(long)]
        json: bool,
        /// Also warn about Write steps with fewer than three good replies or three
        /// near-misses per critical criterion among their self-tests.
        #[arg(long)]
        coverage: bool,
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
    /// Draw a shift (shift mode) and print its queue: arrival times, scenarios, channels, urgency.
    Shift(ShiftArgs),
    /// Measure the scorer against expert labels: precision, recall and F1 per criterion and
    /// language, and the replies where they disagree (see eval/LABELLING.md).
    Eval {
        /// The folder of label files (default: eval/dev in the source tree).
        #[arg(long, value_name = "DIR")]
        labels: Option<PathBuf>,
        /// The folder with twcs_sample.csv, for real replies labelled by tweet id
        /// (default: ../shared/data beside the source tree).
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        /// List at most this many disagreements (default 40; 0 for none).
        #[arg(long, default_value_t = 40)]
        show: usize,
        /// Only this criterion's disagreements.
        #[arg(long, value_name = "ID")]
        criterion: Option<String>,
        /// Fail (exit 1) when a criterion falls below its floor in this file.
        #[arg(long, value_name = "FILE")]
        floors: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
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

/// Arguments of `shift`. The scenarios' language is the global `--lang`.
#[derive(Debug, clap::Args)]
pub struct ShiftArgs {
    /// Seed of the draw (default: a random one, printed).
    #[arg(long, value_name = "N", conflicts_with = "daily")]
    pub seed: Option<u64>,
    /// The daily shift: the seed comes from the date, so a team gets the same shift that day.
    #[arg(long)]
    pub daily: bool,
    /// The date of the daily shift (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "daily")]
    pub date: Option<jiff::civil::Date>,
    /// How busy: calm, busy or crisis.
    #[arg(long, value_name = "LEVEL", default_value = "busy")]
    pub difficulty: ShiftLevel,
    /// Length in minutes (the app offers 10 and 20).
    #[arg(long, value_name = "MIN", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub minutes: u32,
    /// Print the queue as JSON.
    #[arg(long)]
    pub json: bool,
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

/// `someaspa lrs …`.
#[derive(Debug, Subcommand)]
pub enum LrsCommand {
    /// Save the connection for the data folder. The secret comes from the
    /// `SOMEASPA_LRS_SECRET` environment variable or `--secret-file`, never the command line.
    Set {
        /// The xAPI endpoint (e.g. http://127.0.0.1:8100/xAPI/).
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// The Basic-auth key.
        #[arg(long)]
        key: String,
        /// A file holding the secret (the first line).
        #[arg(long, value_name = "FILE")]
        secret_file: Option<PathBuf>,
        /// Activity ids are IRIs under this base.
        #[arg(long, value_name = "IRI")]
        activity_base: Option<String>,
        /// The organisation's home page (actors are accounts under it).
        #[arg(long, value_name = "URL")]
        home_page: Option<String>,
        /// Send the text of written replies.
        #[arg(long)]
        send_replies: bool,
        /// Send profile names beside their pseudonymous ids.
        #[arg(long)]
        send_names: bool,
    },
    /// The endpoint, the statements queued and sent, and the last error.
    Status {
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
    },
}
