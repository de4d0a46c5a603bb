//! Agreement between the scorer and an expert's labels: the development set in `eval/dev/`
//! (see `eval/LABELLING.md`), measured per criterion and per language.
//!
//! Labels were written by reading each reply against the scoring guide, never by running
//! the scorer. This module scores every labelled reply with exactly the criteria it was
//! labelled on and counts agreement. For a presence criterion (apology, thanks, ...) the
//! positive class is "the reply does it"; for a violation criterion (no-forbidden, no-blame,
//! no-public-pii, no-political-stance) it is "the violation is there". A partial mark counts
//! as doing it (points were given) or as a violation (points were lost), and is counted
//! apart, since a guide label is never partial.
//!
//! Real replies are labelled by tweet id only: their text, licensed for testing, is read at
//! run time from `../shared/data/twcs_sample.csv` and never copied into the repository.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::play::request::score_criteria_in;
use crate::scoring::catalog::CriterionId;
use crate::scoring::{Mark, Situation};
use crate::vocab::{Channel, Lang};

/// A label: the mark the guide gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// The criterion is met (for a violation criterion: no violation).
    Pass,
    /// The criterion is not met (for a violation criterion: the violation is there).
    Fail,
}

/// One labelled reply.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    /// Unique within its set.
    pub id: String,
    /// For a real reply: its tweet id in the data file.
    #[serde(default)]
    pub tweet_id: Option<String>,
    /// The language it is judged in.
    pub lang: Lang,
    /// Where it was posted.
    pub channel: Channel,
    /// The customer's first name, if the brand knows it.
    #[serde(default)]
    pub customer_name: Option<String>,
    /// What the customer wrote (context only).
    #[serde(default)]
    pub customer_post: Option<String>,
    /// The reply (written sets).
    #[serde(default)]
    pub reply: Option<String>,
    /// Criterion id → label.
    pub labels: BTreeMap<String, Label>,
    /// The labeller's reasons for borderline calls.
    #[serde(default)]
    pub why: BTreeMap<String, String>,
}

/// Why the evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A label file could not be read.
    #[error(transparent)]
    Read(#[from] crate::fsutil::ReadError),
    /// A line of a label file is not an item.
    #[error("{file}:{line}: {detail}")]
    BadLine {
        /// The file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        detail: String,
    },
    /// The real-reply data file could not be read.
    #[error("{path}: {detail}")]
    Data {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
}

/// A labelled reply whose text is known.
#[derive(Debug, Clone)]
pub struct Ready {
    /// The file it came from (its stem, e.g. `written-fi-a`).
    pub set: String,
    /// The item.
    pub item: Item,
    /// Its text.
    pub reply: String,
    /// The customer's post, from the item or the data file.
    pub customer_post: Option<String>,
}

/// The label files of a folder, in name order.
///
/// # Errors
/// An unreadable file or a line that is not an item.
pub fn load_dir(dir: &Path) -> Result<Vec<(String, Item)>, EvalError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| EvalError::Data {
            path: dir.to_path_buf(),
            detail: e.to_string(),
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let set = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = crate::fsutil::read_text(&f, 64 * 1024 * 1024)?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let item: Item = serde_json::from_str(line).map_err(|e| EvalError::BadLine {
                file: f.display().to_string(),
                line: i + 1,
                detail: e.to_string(),
            })?;
            out.push((set.clone(), item));
        }
    }
    Ok(out)
}

/// A tweet of the real-reply data: its text and the tweet it answers.
struct Tweet {
    text: String,
    in_reply_to: Option<String>,
}

/// The tweets of the data file by id.
fn read_tweets(csv_path: &Path) -> Result<HashMap<String, Tweet>, EvalError> {
    let data_err = |detail: String| EvalError::Data {
        path: csv_path.to_path_buf(),
        detail,
    };
    let bytes = crate::fsutil::read_file(csv_path, 256 * 1024 * 1024)?;
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().map_err(|e| data_err(e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(id), Some(text), Some(reply_to)) = (col("tweet_id"), col("text"), col("in_response_to_tweet_id")) else {
        return Err(data_err(
            "missing tweet_id, text or in_response_to_tweet_id column".to_owned(),
        ));
    };
    let mut out = HashMap::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| data_err(e.to_string()))?;
        let get = |i: usize| rec.get(i).unwrap_or("").to_owned();
        let parent = get(reply_to);
        out.insert(
            get(id),
            Tweet {
                text: get(text),
                in_reply_to: (!parent.is_empty()).then_some(parent),
            },
        );
    }
    Ok(out)
}

/// The items with their texts. Real replies need `data` (the folder with
/// `twcs_sample.csv`); without it they are returned as skipped, with the reason.
///
/// # Errors
/// An unreadable data file.
pub fn resolve(items: Vec<(String, Item)>, data: Option<&Path>) -> Result<(Vec<Ready>, Vec<String>), EvalError> {
    let needs_data = items.iter().any(|(_, i)| i.tweet_id.is_some());
    let tweets = match data {
        Some(d) if needs_data && d.join("twcs_sample.csv").is_file() => Some(read_tweets(&d.join("twcs_sample.csv"))?),
        _ => None,
    };
    let mut ready = Vec::new();
    let mut skipped = Vec::new();
    for (set, item) in items {
        let (reply, post) = match (&item.reply, &item.tweet_id, &tweets) {
            (Some(r), _, _) => (r.clone(), item.customer_post.clone()),
            (None, Some(id), Some(t)) => match t.get(id) {
                Some(tw) => (
                    tw.text.clone(),
                    tw.in_reply_to.as_ref().and_then(|p| t.get(p)).map(|p| p.text.clone()),
                ),
                None => {
                    skipped.push(format!("{}: tweet {id} is not in the data file", item.id));
                    continue;
                }
            },
            (None, Some(_), None) => {
                skipped.push(format!("{}: needs ../shared/data/twcs_sample.csv", item.id));
                continue;
            }
            (None, None, _) => {
                skipped.push(format!("{}: no reply and no tweet id", item.id));
                continue;
            }
        };
        ready.push(Ready {
            set,
            item,
            reply,
            customer_post: post,
        });
    }
    Ok((ready, skipped))
}

/// Agreement counts for one criterion in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Both say positive.
    pub tp: u32,
    /// The scorer says positive, the label negative.
    pub fp: u32,
    /// The label says positive, the scorer negative.
    pub fn_: u32,
    /// Both say negative.
    pub tn: u32,
    /// Partial marks among all of the above.
    pub partial: u32,
}

impl Counts {
    /// Precision on the positive class (1 when nothing was predicted positive).
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall on the positive class (1 when there is nothing to find).
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 on the positive class; 1 when the set has no positives and none were predicted.
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if self.tp + self.fp + self.fn_ == 0 {
            1.0
        } else if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Labelled replies counted.
    #[must_use]
    pub const fn n(&self) -> u32 {
        self.tp + self.fp + self.fn_ + self.tn
    }

    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
        self.partial += o.partial;
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { f64::from(a) / f64::from(b) }
}

/// Is this criterion's positive class the violation?
#[must_use]
pub fn is_violation(criterion: &str) -> bool {
    matches!(
        criterion,
        "no-forbidden" | "no-blame" | "no-public-pii" | "no-political-stance"
    )
}

/// A reply the scorer and the label disagree on.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    /// The set.
    pub set: String,
    /// The item id.
    pub id: String,
    /// The criterion.
    pub criterion: String,
    /// The language.
    pub lang: Lang,
    /// The guide's mark.
    pub label: Label,
    /// The scorer's mark.
    pub got: Mark,
    /// The reply.
    pub reply: String,
    /// The scorer's message (its id and arguments, as data).
    pub message: crate::i18n::Msg,
    /// The labeller's reason, if given.
    pub why: Option<String>,
}

/// The evaluation of a set of items.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Counts per (criterion, language).
    pub counts: BTreeMap<(String, Lang), Counts>,
    /// Where the scorer and the labels disagree.
    pub disagreements: Vec<Disagreement>,
    /// Items not evaluated, with the reason.
    pub skipped: Vec<String>,
}

impl Report {
    /// The counts of a criterion over both languages.
    #[must_use]
    pub fn overall(&self, criterion: &str) -> Counts {
        let mut c = Counts::default();
        for ((id, _), v) in &self.counts {
            if id == criterion {
                c.add(*v);
            }
        }
        c
    }

    /// Macro-F1 over the criteria with labels in a language.
    #[must_use]
    pub fn macro_f1(&self, lang: Lang) -> Option<f64> {
        let f1s: Vec<f64> = self
            .counts
            .iter()
            .filter(|((_, l), c)| *l == lang && c.n() > 0)
            .map(|(_, c)| c.f1())
            .collect();
        (!f1s.is_empty()).then(|| f1s.iter().fold(0.0, |a, b| a + b) / f1s.len() as f64)
    }

    /// The criteria with labels, in catalogue order.
    #[must_use]
    pub fn criteria(&self) -> Vec<String> {
        CriterionId::ALL
            .iter()
            .map(|c| c.id().to_owned())
            .filter(|id| self.counts.keys().any(|(c, _)| c == id))
            .collect()
    }
}

/// Scores every ready item and compares.
#[must_use]
pub fn evaluate(items: &[Ready]) -> Report {
    let mut report = Report::default();
    for r in items {
        let ids: Vec<&str> = r.item.labels.keys().map(String::as_str).collect();
        let mut situation = Situation::bare(r.item.lang, r.item.channel, r.item.customer_name.clone());
        situation.customer_post.clone_from(&r.customer_post);
        let result = match score_criteria_in(&ids, situation, &r.reply) {
            Ok(res) => res,
            Err(e) => {
                report.skipped.push(format!("{}: {e}", r.item.id));
                continue;
            }
        };
        for c in &result.criteria {
            let Some(label) = r.item.labels.get(&c.id) else {
                continue;
            };
            let violation = is_violation(&c.id);
            let predicted = if violation {
                matches!(c.result, Mark::Fail | Mark::Partial)
            } else {
                matches!(c.result, Mark::Pass | Mark::Partial)
            };
            let actual = if violation {
                *label == Label::Fail
            } else {
                *label == Label::Pass
            };
            let counts = report.counts.entry((c.id.clone(), r.item.lang)).or_default();
            match (predicted, actual) {
                (true, true) => counts.tp += 1,
                (true, false) => counts.fp += 1,
                (false, true) => counts.fn_ += 1,
                (false, false) => counts.tn += 1,
            }
            if c.result == Mark::Partial {
                counts.partial += 1;
            }
            if predicted != actual {
                report.disagreements.push(Disagreement {
                    set: r.set.clone(),
                    id: r.item.id.clone(),
                    criterion: c.id.clone(),
                    lang: r.item.lang,
                    label: *label,
                    got: c.result,
                    reply: r.reply.clone(),
                    message: c.message.clone(),
                    why: r.item.why.get(&c.id).cloned(),
                });
            }
        }
    }
    report
}

/// A recorded floor: the lowest F1 a criterion may reach in a language before CI fails.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Floor {
    /// The criterion.
    pub criterion: String,
    /// The language.
    pub lang: Lang,
    /// The floor.
    pub f1: f64,
}

/// The floors a report falls below: (floor, the F1 reached).
#[must_use]
pub fn below_floors<'f>(report: &Report, floors: &'f [Floor]) -> Vec<(&'f Floor, f64)> {
    floors
        .iter()
        .filter_map(|f| {
            let c = report.counts.get(&(f.criterion.clone(), f.lang))?;
            let got = c.f1();
            (got + 1e-9 < f.f1).then_some((f, got))
        })
        .collect()
}
