//! Playing scenarios, without any UI: drawing an attempt's instance, preparing scorers,
//! running a scenario step by step, and the rubric self-tests.

pub mod instance;
pub mod request;
pub mod selftest;
pub mod session;

pub use instance::Instance;
pub use session::{Answer, Session, SessionError};
