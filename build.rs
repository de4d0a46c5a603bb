//! Sets the `shared_data` cfg when the real-reply sample of `../shared/data` sits beside the
//! repository. It is licensed for testing only and never copied in, so tests that need it
//! are `#[cfg_attr(not(shared_data), ignore = "...")]`: a fresh clone reports them as
//! ignored rather than passed, and CI (which has `../shared`) runs them.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(shared_data)");
    let sample = std::path::Path::new("../shared/data/twcs_sample.csv");
    println!("cargo::rerun-if-changed=../shared/data/twcs_sample.csv");
    println!("cargo::rerun-if-changed=build.rs");
    if sample.is_file() {
        println!("cargo::rustc-cfg=shared_data");
    }
}
