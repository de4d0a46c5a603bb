//! Sets the `shared_data` cfg when the real-reply sample of `../shared/data` sits beside the
//! repository. It is licensed for testing only and never copied in, so tests that need it
//! are `#[cfg_attr(not(shared_data), ignore = "...")]`: a fresh clone reports them as
//! ignored rather than passed, and CI (which has `../shared`) runs them.
//!
//! Likewise `lrs_server` is set when `SOMEASPA_RALPH` names the `ralph` program of a
//! Learning Record Store installed for the tests (`.ci/run` installs one): the integration
//! tests against a real LRS run then, and are reported as ignored otherwise.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(shared_data)");
    println!("cargo::rustc-check-cfg=cfg(lrs_server)");
    println!("cargo::rerun-if-env-changed=SOMEASPA_RALPH");
    if std::env::var_os("SOMEASPA_RALPH").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=lrs_server");
    }
    let sample = std::path::Path::new("../shared/data/twcs_sample.csv");
    println!("cargo::rerun-if-changed=../shared/data/twcs_sample.csv");
    println!("cargo::rerun-if-changed=build.rs");
    if sample.is_file() {
        println!("cargo::rustc-cfg=shared_data");
    }
}
