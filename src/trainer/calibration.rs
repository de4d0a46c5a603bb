//! Calibration: how often trainers agreed with the scorer, per criterion.
//!
//! Agreement alone flatters a criterion that almost always passes, so Cohen's kappa is given
//! beside it: 1 is full agreement, 0 is what chance alone would give.

use std::collections::BTreeMap;

use crate::progress::store::Reviewed;
use crate::scoring::Mark;

/// Agreement for one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// The criterion id.
    pub criterion: String,
    /// Results a trainer reviewed.
    pub reviewed: usize,
    /// Reviews that kept the automatic result.
    pub agreed: usize,
    /// Cohen's kappa (`None` when every result falls in one class and kappa is undefined).
    pub kappa: Option<f64>,
    /// The reviews that disagreed, with the replies: the input for better lexicons.
    pub disagreements: Vec<Reviewed>,
}

impl Agreement {
    /// Share of reviews that agreed, 0–100.
    #[must_use]
    pub fn percent(&self) -> f64 {
        if self.reviewed == 0 {
            return 100.0;
        }
        self.agreed as f64 * 100.0 / self.reviewed as f64
    }
}

const MARKS: [Mark; 4] = [Mark::Pass, Mark::Partial, Mark::Fail, Mark::Na];

/// Agreement per criterion, the least agreed first.
#[must_use]
pub fn calibrate(reviews: &[Reviewed]) -> Vec<Agreement> {
    let mut by: BTreeMap<&str, Vec<&Reviewed>> = BTreeMap::new();
    for r in reviews {
        by.entry(r.criterion.as_str()).or_default().push(r);
    }
    let mut out: Vec<Agreement> = by
        .into_iter()
        .map(|(criterion, rs)| {
            let n = rs.len();
            let agreed = rs.iter().filter(|r| r.automatic == r.trainer).count();
            let share =
                |f: &dyn Fn(&Reviewed) -> Mark, m: Mark| rs.iter().filter(|r| f(r) == m).count() as f64 / n as f64;
            let po = agreed as f64 / n as f64;
            let pe: f64 = MARKS
                .iter()
                .map(|&m| share(&|r| r.automatic, m) * share(&|r| r.trainer, m))
                .sum();
            let kappa = (pe < 1.0 - 1e-12).then(|| (po - pe) / (1.0 - pe));
            Agreement {
                criterion: criterion.to_owned(),
                reviewed: n,
                agreed,
                kappa,
                disagreements: rs
                    .iter()
                    .filter(|r| r.automatic != r.trainer)
                    .map(|r| (*r).clone())
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.percent()
            .total_cmp(&b.percent())
            .then_with(|| a.criterion.cmp(&b.criterion))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(criterion: &str, automatic: Mark, trainer: Mark) -> Reviewed {
        Reviewed {
            criterion: criterion.to_owned(),
            automatic,
            trainer,
            comment: String::new(),
            attempt: 1,
            reply: "reply".to_owned(),
            title: "t".to_owned(),
        }
    }

    #[test]
    fn agreement_and_kappa_per_criterion() {
        use Mark::{Fail, Pass};
        let rows = vec![
            r("apology", Pass, Pass),
            r("apology", Pass, Fail),
            r("apology", Fail, Fail),
            r("apology", Fail, Fail),
            r("thanks", Pass, Pass),
            r("thanks", Pass, Pass),
        ];
        let a = calibrate(&rows);
        assert_eq!(a[0].criterion, "apology", "the least agreed comes first");
        assert_eq!((a[0].reviewed, a[0].agreed), (4, 3));
        assert!((a[0].percent() - 75.0).abs() < 1e-9);
        // po = 0.75; auto P=0.5 F=0.5; trainer P=0.25 F=0.75; pe = 0.125 + 0.375 = 0.5.
        assert!((a[0].kappa.unwrap() - 0.5).abs() < 1e-9);
        assert_eq!(a[0].disagreements.len(), 1);
        assert_eq!(a[0].disagreements[0].trainer, Fail);
        // All in one class: kappa is undefined, agreement is 100 %.
        assert_eq!(a[1].kappa, None);
        assert!((a[1].percent() - 100.0).abs() < 1e-9);
    }
}
