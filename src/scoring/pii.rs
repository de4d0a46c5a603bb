//! Personal data in a reply: e-mail addresses, Finnish phone numbers, henkilötunnus,
//! IBANs and card numbers, plus whatever the customer revealed in the scenario.
//!
//! Number-like data is confirmed with its checksum (henkilötunnus mod 31, IBAN mod 97,
//! card numbers Luhn) so an order total or a date is not mistaken for personal data.

use std::sync::OnceLock;

use regex::Regex;

/// What kind of personal data was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiKind {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A Finnish personal identity code.
    Hetu,
    /// A bank account number.
    Iban,
    /// A payment card number.
    Card,
    /// Something the customer revealed in the scenario (an order number, an address).
    Known,
}

impl PiiKind {
    /// The id used in messages.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            PiiKind::Email => "email",
            PiiKind::Phone => "phone",
            PiiKind::Hetu => "hetu",
            PiiKind::Iban => "iban",
            PiiKind::Card => "card",
            PiiKind::Known => "known",
        }
    }
}

/// One piece of personal data found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PiiHit {
    /// Its kind.
    pub kind: PiiKind,
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
}

struct Patterns {
    email: Regex,
    phone: Regex,
    hetu: Regex,
    iban: Regex,
    card: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // These literals are fixed and tested; a failure here is a programming error.
        #[expect(clippy::unwrap_used, reason = "constant patterns, covered by tests")]
        let p = Patterns {
            email: Regex::new(r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b").unwrap(),
            // Finnish mobile numbers (04x, 050): the numbers private people have. Service and
            // business numbers (0800, 020, 010, ...) belong to companies, not customers.
            phone: Regex::new(r"(?:\+358[\s\-]?|\b00358[\s\-]?|\b0)(?:4\d|50)(?:[\s\-]?\d){5,8}\b").unwrap(),
            hetu: Regex::new(r"(?i)\b(\d{6})([\-+a-fu-y])(\d{3})([0-9a-y])\b").unwrap(),
            iban: Regex::new(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b").unwrap(),
            card: Regex::new(r"\b\d(?:[\s\-]?\d){12,18}\b").unwrap(),
        };
        p
    })
}

/// Only the digits of a text.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Is the henkilötunnus check character right?
#[must_use]
pub fn hetu_valid(date: &str, serial: &str, check: char) -> bool {
    const CHECKS: &[u8] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let Ok(n) = format!("{date}{serial}").parse::<u64>() else {
        return false;
    };
    let Ok(day) = date[0..2].parse::<u32>() else {
        return false;
    };
    let Ok(month) = date[2..4].parse::<u32>() else {
        return false;
    };
    (1..=31).contains(&day)
        && (1..=12).contains(&month)
        && CHECKS.get(usize::try_from(n % 31).unwrap_or(0)).copied() == Some(check.to_ascii_uppercase() as u8)
}

/// Does an IBAN pass the mod-97 check?
#[must_use]
pub fn iban_valid(iban: &str) -> bool {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() < 15 || compact.len() > 34 || !compact.is_ascii() {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Does a card number pass the Luhn check?
#[must_use]
pub fn luhn_valid(number: &str) -> bool {
    let d = digits(number);
    if d.len() < 13 || d.len() > 19 {
        return false;
    }
    let sum: u32 = d
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let v = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = v * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                v
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Finds personal data in `text`. `known` are values the customer revealed; `allowed` are
/// the brand's own public contact details (never counted).
#[must_use]
pub fn find(text: &str, known: &[String], allowed: &[String]) -> Vec<PiiHit> {
    let p = patterns();
    let mut hits = Vec::new();
    let allowed_digits: Vec<String> = allowed.iter().map(|a| digits(a)).filter(|d| d.len() >= 5).collect();
    let allowed_lower: Vec<String> = allowed.iter().map(|a| a.to_lowercase()).collect();
    let is_allowed_email = |e: &str| {
        let e = e.to_lowercase();
        allowed_lower.iter().any(|a| a == &e || e.ends_with(&format!("@{a}")))
    };
    if text.contains('@') {
        for m in p.email.find_iter(text) {
            if !is_allowed_email(m.as_str()) {
                hits.push(PiiHit {
                    kind: PiiKind::Email,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
    // Every number kind we look for has at least eight digits (a mobile number); most
    // replies have a time or a price at most, and skip four regex scans.
    let digit_count = text.bytes().filter(u8::is_ascii_digit).count();
    if digit_count >= 8 {
        for m in p.phone.find_iter(text) {
            let d = digits(m.as_str());
            if d.len() >= 7 && !allowed_digits.contains(&d) {
                hits.push(PiiHit {
                    kind: PiiKind::Phone,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        for c in p.hetu.captures_iter(text) {
            let (Some(all), Some(date), Some(serial), Some(check)) = (c.get(0), c.get(1), c.get(3), c.get(4)) else {
                continue;
            };
            let check = check.as_str().chars().next().unwrap_or(' ');
            if hetu_valid(date.as_str(), serial.as_str(), check) {
                hits.push(PiiHit {
                    kind: PiiKind::Hetu,
                    start: all.start(),
                    end: all.end(),
                });
            }
        }
        for m in p.iban.find_iter(text) {
            if iban_valid(m.as_str()) {
                hits.push(PiiHit {
                    kind: PiiKind::Iban,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        for m in p.card.find_iter(text) {
            if luhn_valid(m.as_str()) && !hits.iter().any(|h| h.start <= m.start() && m.end() <= h.end) {
                hits.push(PiiHit {
                    kind: PiiKind::Card,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
    for value in known {
        find_known(text, value, &mut hits);
    }
    hits.sort_by_key(|h| (h.start, h.end));
    hits.dedup_by(|b, a| a.start <= b.start && b.end <= a.end);
    hits
}

/// Finds a known value: digit runs compare digits only ("1234 5678" is "12345678");
/// other values compare case-insensitively on word boundaries.
fn find_known(text: &str, value: &str, hits: &mut Vec<PiiHit>) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let vd = digits(value);
    if vd.len() >= 4 && vd.len() * 2 >= value.chars().filter(|c| c.is_alphanumeric()).count() {
        // Walk digit runs (allowing spaces and dashes inside) and compare.
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let start = i;
                let mut end = i;
                let mut run = String::new();
                while i < bytes.len()
                    && (bytes[i].is_ascii_digit()
                        || ((bytes[i] == b' ' || bytes[i] == b'-')
                            && i + 1 < bytes.len()
                            && bytes[i + 1].is_ascii_digit()))
                {
                    if bytes[i].is_ascii_digit() {
                        run.push(char::from(bytes[i]));
                        end = i + 1;
                    }
                    i += 1;
                }
                if let Some(pos) = run.find(&vd) {
                    // Map the digit position back to bytes.
                    let mut seen = 0;
                    let mut s = start;
                    let mut e = end;
                    for (k, b) in text[start..end].bytes().enumerate() {
                        if b.is_ascii_digit() {
                            if seen == pos {
                                s = start + k;
                            }
                            seen += 1;
                            if seen == pos + vd.len() {
                                e = start + k + 1;
                                break;
                            }
                        }
                    }
                    hits.push(PiiHit {
                        kind: PiiKind::Known,
                        start: s,
                        end: e,
                    });
                }
            } else {
                i += 1;
            }
        }
    } else {
        let lower = text.to_lowercase();
        let needle = value.to_lowercase();
        // Lower-casing keeps byte lengths for the scripts we meet, except a few; only trust
        // positions when the lengths agree.
        if lower.len() != text.len() {
            return;
        }
        let mut from = 0;
        while let Some(i) = lower[from..].find(&needle) {
            let s = from + i;
            let e = s + needle.len();
            let before = lower[..s].chars().next_back();
            let after = lower[e..].chars().next();
            if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric()) {
                hits.push(PiiHit {
                    kind: PiiKind::Known,
                    start: s,
                    end: e,
                });
            }
            from = e;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<PiiKind> {
        find(text, &[], &[]).iter().map(|h| h.kind).collect()
    }

    #[test]
    fn checksums_decide() {
        assert!(hetu_valid("131052", "308", 'T'));
        assert!(!hetu_valid("131052", "308", 'U'));
        assert!(iban_valid("FI21 1234 5600 0007 85"));
        assert!(!iban_valid("FI21 1234 5600 0007 86"));
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert!(!luhn_valid("4111 1111 1111 1112"));
    }

    #[test]
    fn finds_each_kind() {
        assert_eq!(kinds("mail anna.virtanen@example.com"), [PiiKind::Email]);
        assert_eq!(kinds("soita 040 123 4567"), [PiiKind::Phone]);
        assert_eq!(kinds("+358 40 1234567"), [PiiKind::Phone]);
        assert_eq!(kinds("050-123 4567"), [PiiKind::Phone]);
        assert!(
            kinds("0344 556 5650, 0800 900 100, 0120-999-373").is_empty(),
            "service numbers are not personal"
        );
        assert_eq!(kinds("hetu 131052-308T"), [PiiKind::Hetu]);
        assert_eq!(kinds("tili FI21 1234 5600 0007 85"), [PiiKind::Iban]);
        assert_eq!(kinds("card 4111-1111-1111-1111"), [PiiKind::Card]);
    }

    #[test]
    fn ordinary_numbers_are_not_pii() {
        assert!(kinds("The 16:42 train is 40 min late, ticket was 49,90 €.").is_empty());
        assert!(kinds("hetu 131052-308U").is_empty(), "wrong check character");
    }

    #[test]
    fn brand_contacts_are_allowed() {
        let allowed = vec!["0800 900 100".to_owned(), "raideri.fi".to_owned()];
        assert!(find("call 0800 900 100 or asiakaspalvelu@raideri.fi", &[], &allowed).is_empty());
    }

    #[test]
    fn known_values_match_by_digits_or_words() {
        let known = vec!["12345678".to_owned(), "Mannerheimintie 5".to_owned()];
        let text = "Order 1234 5678 to Mannerheimintie 5, ok";
        let hits = find(text, &known, &[]);
        let found: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(found, ["1234 5678", "Mannerheimintie 5"]);
    }
}
