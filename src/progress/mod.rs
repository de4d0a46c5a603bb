//! Progress that lasts: the attempt store, mastery per skill, the practice plan, tracks and
//! certificates, reports, export and import. No UI here.

pub mod dashboard;
pub mod export;
pub mod html;
pub mod mastery;
pub mod outbox;
pub mod plan;
pub mod record;
pub mod schema;
pub mod store;
pub mod tracks;
pub mod verify;

pub use record::Attempt;
pub use store::{Opened, Store, StoreError, Summary};
