//! The HTTP side: `POST` and `GET /statements`, with Basic auth and the xAPI version header.
//! Blocking, so it runs on a worker thread in the app (never in a frame) and directly in
//! the command line.

use std::time::Duration;

use base64::Engine;

use super::config::LrsConfig;
use super::xapi::{StatementResult, VERSION};
use crate::progress::outbox::Outgoing;

/// Why talking to the LRS failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LrsError {
    /// No answer (server down, no network, timeout): the statements stay queued and the
    /// sender tries again later.
    #[error("the Learning Record Store did not answer ({0})")]
    Unreachable(String),
    /// The key or secret was refused (401/403): the sender stops until the settings change.
    #[error("the Learning Record Store refused the key and secret (HTTP {0})")]
    Auth(u16),
    /// The LRS answered with another error.
    #[error("the Learning Record Store answered HTTP {status}: {body}")]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// The start of its message.
        body: String,
    },
    /// The LRS's answer could not be read.
    #[error("the Learning Record Store's answer could not be read: {0}")]
    Invalid(String),
}

impl LrsError {
    /// Should the sender stop until the settings change (credentials refused)?
    #[must_use]
    pub const fn is_auth(&self) -> bool {
        matches!(self, LrsError::Auth(_))
    }
}

/// A client for one LRS.
pub struct Client {
    agent: ureq::Agent,
    statements: String,
    base: String,
    auth: String,
}

/// The longest any one request may take.
const TIMEOUT: Duration = Duration::from_secs(30);

impl Client {
    /// A client with the connection settings and the secret.
    #[must_use]
    pub fn new(config: &LrsConfig, secret: &str) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .http_status_as_error(false)
            .build()
            .into();
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{}:{secret}", config.key));
        let statements = config.statements_url();
        // `more` links are relative to the server root.
        let base = statements
            .find("://")
            .and_then(|i| {
                statements[i + 3..]
                    .find('/')
                    .map(|j| statements[..i + 3 + j].to_owned())
            })
            .unwrap_or_else(|| statements.clone());
        Client {
            agent,
            statements,
            base,
            auth: format!("Basic {token}"),
        }
    }

    /// Sends a batch of statements (a JSON array of them). Statements whose id the LRS
    /// already has are kept once there.
    ///
    /// # Errors
    /// See [`LrsError`].
    pub fn post(&self, batch: &[Outgoing]) -> Result<(), LrsError> {
        let body = format!(
            "[{}]",
            batch.iter().map(|o| o.json.as_str()).collect::<Vec<_>>().join(",")
        );
        let mut resp = self
            .agent
            .post(&self.statements)
            .header("Authorization", &self.auth)
            .header("X-Experience-API-Version", VERSION)
            .header("Content-Type", "application/json")
            .send(body)
            .map_err(|e| LrsError::Unreachable(e.to_string()))?;
        check(resp.status().as_u16(), || {
            resp.body_mut().read_to_string().unwrap_or_default()
        })
    }

    /// One page of statements: the first for `query` (name, value pairs), or the page a
    /// `more` link names.
    ///
    /// # Errors
    /// See [`LrsError`].
    pub fn get(&self, query: &[(&str, String)], more: Option<&str>) -> Result<StatementResult, LrsError> {
        let req = match more {
            Some(m) => self.agent.get(format!("{}{m}", self.base)),
            None => {
                let mut r = self.agent.get(&self.statements);
                for (k, v) in query {
                    r = r.query(*k, v);
                }
                r
            }
        };
        let mut resp = req
            .header("Authorization", &self.auth)
            .header("X-Experience-API-Version", VERSION)
            .call()
            .map_err(|e| LrsError::Unreachable(e.to_string()))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| LrsError::Unreachable(e.to_string()))?;
        check(status, || text.clone())?;
        serde_json::from_str(&text).map_err(|e| LrsError::Invalid(e.to_string()))
    }

    /// Checks the connection and the credentials with the smallest query.
    ///
    /// # Errors
    /// See [`LrsError`].
    pub fn test(&self) -> Result<(), LrsError> {
        self.get(&[("limit", "1".to_owned())], None).map(|_| ())
    }
}

fn check(status: u16, body: impl FnOnce() -> String) -> Result<(), LrsError> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => Err(LrsError::Auth(status)),
        _ => {
            let b: String = body().chars().take(300).collect();
            Err(LrsError::Rejected { status, body: b })
        }
    }
}
