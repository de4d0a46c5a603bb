//! The `someaspa` binary: parses the command line, then runs a command or opens the app.

use std::process::ExitCode;

use clap::Parser;
use someaspa::cli::{self, Cli};

fn main() -> ExitCode {
    someaspa::ui::mark_start();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Cli::parse();
    // Trainers' additions to the lexicons apply to the app and every command alike.
    someaspa::scoring::lexicon::use_extensions_from(someaspa::paths::data_dir(args.data_dir.as_ref()).as_deref());
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => someaspa::ui::run(someaspa::ui::Setup {
            data_dir: someaspa::paths::data_dir(args.data_dir.as_ref()),
            extra_packs: args.scenarios.clone(),
            lang: args.lang,
            ..someaspa::ui::Setup::default()
        }),
    }
}
