//! Command-line arguments (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::vocab::Lang;

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
}
