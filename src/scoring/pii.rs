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
    /// A street address or a postcode.
    Address,
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
            PiiKind::Address => "address",
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
    email_at: Regex,
    phone: Regex,
    hetu: Regex,
    iban: Regex,
    card: Regex,
    card_grouped: Regex,
    street_fi: Regex,
    street_en: Regex,
    postcode_uk: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // These literals are fixed and tested; a failure here is a programming error.
        #[expect(clippy::unwrap_used, reason = "constant patterns, covered by tests")]
        let p = Patterns {
            email: Regex::new(r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b").unwrap(),
            // "anna(at)example.com": still an address, written to dodge harvesters.
            email_at: Regex::new(r"(?i)\b[a-z0-9._%+\-]+\s?[\(\[]\s?(?:at|ät)\s?[\)\]]\s?[a-z0-9\-]+(?:\s?(?:\.|\(dot\)|\[dot\])\s?[a-z0-9\-]+)+\b").unwrap(),
            // Finnish numbers (mobiles 04x and 050, landlines by area code) and UK ones
            // (mobiles 07, landlines 01 and 02), national or international. Which of them
            // belong to companies (service numbers, a switchboard) is decided after the match.
            phone: Regex::new(
                r"(?:\+358[\s\-]?\(?0?\)?|\b00358[\s\-]?|\+44[\s\-]?\(?0?\)?|\b0044[\s\-]?|\b0)(?:[1-9]\d{0,3})(?:[\s\-]?\d){5,9}\b",
            )
            .unwrap(),
            hetu: Regex::new(r"(?i)\b(\d{6})([\-+a-fu-y])(\d{3})([0-9a-y])\b").unwrap(),
            iban: Regex::new(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b").unwrap(),
            card: Regex::new(r"\b\d(?:[\s\-]?\d){12,18}\b").unwrap(),
            // Sixteen digits in groups of four are a card number whatever the checksum says.
            card_grouped: Regex::new(r"\b\d{4}(?:[\s\-]\d{4}){3}\b").unwrap(),
            street_fi: Regex::new(
                r"\b\p{Lu}[\p{L}\-]*(?:katu|tie|kuja|polku|väylä|raitti|kaari|rinne|ranta|tori|puistikko|aukio|kumpu|mäki|niitty|kaarre|piha|mutka|reitti|linja|portti|vainio|pelto|harju|laakso|kaarto|tanhua|ahde|kylänraitti)\s+\d{1,4}(?:\s?[A-Za-z]\b)?(?:\s?\d{1,4})?\b",
            )
            .unwrap(),
            street_en: Regex::new(
                r"\b(?:(?:Flat|Apt|Apartment|Unit)\s+\d+\w?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Cres|Court|Ct|Place|Pl|Gardens|Gdns|Terrace|Square|Sq|Grove|Park|Hill|Row|Walk|Mews|View|Rise|Green|Parade|Boulevard|Blvd)\b",
            )
            .unwrap(),
            postcode_uk: Regex::new(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b").unwrap(),
        };
        p
    })
}

/// Number prefixes of companies, not people: Finnish service numbers (010, 020, 029, 030,
/// 0100, 0200, 0300, 060x, 070x, 075) and UK non-geographic ones (03, 08, 09).
fn is_service_number(d: &str) -> bool {
    let national = d
        .strip_prefix("358")
        .map(|r| format!("0{r}"))
        .or_else(|| d.strip_prefix("00358").map(|r| format!("0{r}")))
        .or_else(|| d.strip_prefix("44").map(|r| format!("0{}", r.trim_start_matches('0'))))
        .unwrap_or_else(|| d.to_owned());
    let uk = d.starts_with("44") || d.starts_with("0044");
    // UK non-geographic numbers (03, 08, 09) have eleven digits; a Finnish 03 landline has
    // nine or ten, so the length tells them apart when the number is written nationally.
    let uk_service = |n: &str| n.len() == 11 && (n.starts_with("03") || n.starts_with("08") || n.starts_with("09"));
    if uk {
        return uk_service(&national);
    }
    if uk_service(&national) || national.starts_with("0120") {
        return true;
    }
    [
        "010", "020", "029", "030", "0100", "0200", "0300", "0600", "0700", "060", "070", "071", "073", "075", "0800",
        "0801", "0802", "0803", "0808", "0809", "0500",
    ]
    .iter()
    .any(|p| national.starts_with(p))
}

/// Words before a number, mailbox or address (in the same sentence) that make it the
/// company's own: "call us on", "our office at", "soita asiakaspalveluumme", "myymälämme".
const COMPANY_CONTEXT: &[&str] = &[
    "call us",
    "ring us",
    "phone us",
    "text us",
    "our number",
    "our office",
    "our store",
    "our shop",
    "our branch",
    "our helpline",
    "our team on",
    "our depot",
    "our station",
    "us on",
    "contact us",
    "customer service",
    "customer services",
    "helpline",
    "hotline",
    "switchboard",
    "emergency line",
    "email us",
    "e-mail us",
    "write to us",
    "our mailbox",
    "our address",
    "head office",
    "soita meille",
    "soittakaa meille",
    "soita asiakaspalvelu",
    "soittakaa asiakaspalvelu",
    "asiakaspalvelu",
    "vikapalvelu",
    "puhelinpalvelu",
    "numeroomme",
    "numerossamme",
    "palvelunumero",
    "meidän numero",
    "meidän osoite",
    "osoitteemme",
    "toimistomme",
    "liikkeemme",
    "myymälämme",
    "myymälä",
    "toimipiste",
    "konttori",
    "sähköpostiimme",
    "sähköpostiosoitteeseemme",
    "meille sähköpostia",
    "päivystys",
    "hätänumero",
];

/// Mailbox names of teams, not people ("support@", "asiakaspalvelu@").
const ROLE_MAILBOXES: &[&str] = &[
    "info",
    "support",
    "help",
    "helpdesk",
    "service",
    "services",
    "customerservice",
    "customercare",
    "customer",
    "care",
    "contact",
    "hello",
    "hi",
    "team",
    "claims",
    "complaints",
    "feedback",
    "readings",
    "billing",
    "accounts",
    "sales",
    "orders",
    "returns",
    "refunds",
    "press",
    "media",
    "noreply",
    "no-reply",
    "privacy",
    "dpo",
    "jobs",
    "careers",
    "enquiries",
    "enquiry",
    "bookings",
    "reservations",
    "asiakaspalvelu",
    "palaute",
    "myynti",
    "tuki",
    "asiakastuki",
    "laskutus",
    "vastuullisuus",
    "viestintä",
    "viestinta",
    "tietosuoja",
    "rekry",
    "rekrytointi",
    "varaukset",
    "reklamaatiot",
    "palautukset",
    "huolto",
    "kirjaamo",
    "toimisto",
    "tilaukset",
    "asiakaspalvelut",
];

/// How far before a number or an address its company context may stand ("call our
/// customer service team on …"): a bounded window, so a pasted megabyte of numbers is
/// checked in linear time.
const CONTEXT_WINDOW: usize = 120;

/// Do the words just before byte `start`, in the same sentence, say the data is the
/// company's own?
fn company_context(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(CONTEXT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let sentence = window.rfind(['.', '!', '?', '\n']).map_or(window, |i| &window[i + 1..]);
    let before = sentence.to_lowercase();
    COMPANY_CONTEXT.iter().any(|c| before.contains(c))
}

/// Is this e-mail address a team's mailbox or the company's own?
fn is_company_mailbox(text: &str, start: usize, address: &str) -> bool {
    let local = address
        .split(['@', '(', '['])
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase();
    ROLE_MAILBOXES.contains(&local.as_str()) || company_context(text, start)
}

/// Could the text hold a street address or a postcode: a letter, a space and a digit
/// ("Hämeenkatu 14"), a digit, a space and a capital ("14 Ferry Road"), or a capital and a
/// digit ("EH6")? One pass over the bytes, before three regexes run.
fn may_hold_address(text: &str) -> bool {
    let b = text.as_bytes();
    (2..b.len()).any(|i| {
        let (x, y, z) = (b[i - 2], b[i - 1], b[i]);
        (y == b' ' && z.is_ascii_digit() && ends_street(&b[..i - 1]))
            || (y == b' ' && x.is_ascii_digit() && z.is_ascii_uppercase())
            || (x.is_ascii_uppercase() && y.is_ascii_uppercase() && z.is_ascii_digit())
    })
}

/// Does the text end with a word ending like a Finnish street name ("-katu", "-tie")?
fn ends_street(b: &[u8]) -> bool {
    const ENDINGS: &[&[u8]] = &[
        b"katu",
        b"tie",
        b"kuja",
        b"polku",
        b"\xc3\xa4yl\xc3\xa4",
        b"raitti",
        b"kaari",
        b"rinne",
        b"ranta",
        b"tori",
        b"puistikko",
        b"aukio",
        b"kumpu",
        b"m\xc3\xa4ki",
        b"niitty",
        b"kaarre",
        b"piha",
        b"mutka",
        b"reitti",
        b"linja",
        b"portti",
        b"vainio",
        b"pelto",
        b"harju",
        b"laakso",
        b"kaarto",
        b"tanhua",
        b"ahde",
    ];
    ENDINGS.iter().any(|e| b.ends_with(e))
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
    let is_allowed_email = |start: usize, e: &str| {
        let e = e.to_lowercase();
        allowed_lower.iter().any(|a| a == &e || e.ends_with(&format!("@{a}"))) || is_company_mailbox(text, start, &e)
    };
    let mut push = |kind: PiiKind, start: usize, end: usize| hits.push(PiiHit { kind, start, end });
    if text.contains('@') {
        for m in p.email.find_iter(text) {
            if !is_allowed_email(m.start(), m.as_str()) {
                push(PiiKind::Email, m.start(), m.end());
            }
        }
    }
    if text.contains("(at)") || text.contains("[at]") || text.contains("(ät)") {
        for m in p.email_at.find_iter(text) {
            if !is_allowed_email(m.start(), m.as_str()) {
                push(PiiKind::Email, m.start(), m.end());
            }
        }
    }
    // Every number kind we look for has at least eight digits (a mobile number); most
    // replies have a time or a price at most, and skip the number scans.
    let digit_count = text.bytes().filter(u8::is_ascii_digit).count();
    if digit_count >= 8 {
        for m in p.phone.find_iter(text) {
            let d = digits(m.as_str());
            if d.len() >= 8
                && d.len() <= 13
                && !allowed_digits.contains(&d)
                && !is_service_number(&d)
                && !company_context(text, m.start())
            {
                push(PiiKind::Phone, m.start(), m.end());
            }
        }
        for c in p.hetu.captures_iter(text) {
            let (Some(all), Some(date), Some(serial), Some(check)) = (c.get(0), c.get(1), c.get(3), c.get(4)) else {
                continue;
            };
            let check = check.as_str().chars().next().unwrap_or(' ');
            if hetu_valid(date.as_str(), serial.as_str(), check) {
                push(PiiKind::Hetu, all.start(), all.end());
            }
        }
        for m in p.iban.find_iter(text) {
            if iban_valid(m.as_str()) {
                push(PiiKind::Iban, m.start(), m.end());
            }
        }
        for m in p.card.find_iter(text) {
            if luhn_valid(m.as_str()) {
                push(PiiKind::Card, m.start(), m.end());
            }
        }
        for m in p.card_grouped.find_iter(text) {
            push(PiiKind::Card, m.start(), m.end());
        }
    }
    if may_hold_address(text) {
        for re in [&p.street_fi, &p.street_en] {
            for m in re.find_iter(text) {
                if !company_context(text, m.start()) {
                    push(PiiKind::Address, m.start(), m.end());
                }
            }
        }
        for m in p.postcode_uk.find_iter(text) {
            if !company_context(text, m.start()) {
                push(PiiKind::Address, m.start(), m.end());
            }
        }
    }
    for value in known {
        find_known(text, value, &mut hits);
    }
    // A card number is not also a phone number, and so on: keep the widest of overlaps.
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut out: Vec<PiiHit> = Vec::with_capacity(hits.len());
    for h in hits {
        if out.last().is_none_or(|l| h.start >= l.end) {
            out.push(h);
        }
    }
    out
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
