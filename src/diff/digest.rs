//! What changed since last year, as a delegate writes it in a report: paragraphs added,
//! deleted and moved, operative verbs strengthened or weakened (`Urges` → `Encourages`), and
//! the vote then and now. Built from a [`Comparison`]; pure, so it can be tested and pasted.

use super::{Comparison, Status, Target};
use crate::document::{Document, ParagraphKind};
use crate::i18n::{Arg, Locale};
use std::fmt::Write as _;

/// The operative verbs of English resolutions, strongest first, as the UN's drafting uses
/// them; a verb's place on this scale says whether a change strengthened or weakened it.
const SCALE: &[(&str, u8)] = &[
    ("demands", 12),
    ("condemns", 11),
    ("decides", 10),
    ("strongly urges", 9),
    ("urges", 8),
    ("calls upon", 7),
    ("calls on", 7),
    ("requests", 6),
    ("recommends", 5),
    ("encourages", 4),
    ("invites", 3),
    ("welcomes", 2),
    ("notes", 1),
    ("takes note", 0),
];

/// The words that soften or repeat a verb without changing its force.
const LEADS: &[&str] = &["also ", "further ", "once again ", "again ", "moreover "];

/// An operative verb whose force changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbChange {
    /// The paragraph in the new text (`OP3`).
    pub reference: String,
    pub old: String,
    pub new: String,
    pub stronger: bool,
}

/// The digest of a year-over-year comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Digest {
    pub added: Vec<String>,
    pub deleted: Vec<String>,
    pub moved: Vec<String>,
    pub changed: Vec<String>,
    pub verbs: Vec<VerbChange>,
    /// The vote of the older and the newer text (`163–10–7`, `without a vote`), where known.
    pub vote_then: Option<String>,
    pub vote_now: Option<String>,
}

/// The leading operative verb of a paragraph, as printed (`Also welcomes`), with its force;
/// None when the paragraph does not open with a verb of the scale.
pub fn verb_of(text: &str) -> Option<(String, u8)> {
    let lower = text.trim_start().to_lowercase();
    let mut rest = lower.as_str();
    let mut skipped = 0;
    'leads: loop {
        for lead in LEADS {
            if let Some(r) = rest.strip_prefix(lead) {
                skipped += lead.len();
                rest = r;
                continue 'leads;
            }
        }
        break;
    }
    let (verb, force) = SCALE
        .iter()
        .find(|(verb, _)| {
            rest.strip_prefix(verb)
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', ',']))
        })
        .copied()?;
    let printed: String = text
        .trim_start()
        .chars()
        .take(skipped + verb.len())
        .collect();
    Some((printed, force))
}

fn vote_of(doc: &Document) -> Option<String> {
    let votes = doc.meta.votes.as_ref()?;
    match votes.outcome.as_str() {
        "without vote" => Some("without a vote".into()),
        _ => votes.tally().or_else(|| Some(votes.outcome.clone())),
    }
}

/// The digest of a comparison of two texts on the same subject.
pub fn digest(cmp: &Comparison, old: &Document, new: &Document) -> Digest {
    let mut d = Digest {
        vote_then: vote_of(old),
        vote_now: vote_of(new),
        ..Digest::default()
    };
    for row in cmp.rows.iter().filter(|r| r.target == Target::Paragraph) {
        let new_ref = row.new_ref.clone().unwrap_or_default();
        match row.status {
            Status::Added => d.added.push(new_ref.clone()),
            Status::Deleted => d.deleted.push(row.old_ref.clone().unwrap_or_default()),
            Status::Moved => d.moved.push(match &row.old_ref {
                Some(old_ref) if *old_ref != new_ref => format!("{old_ref} → {new_ref}"),
                _ => new_ref.clone(),
            }),
            Status::Changed => d.changed.push(new_ref.clone()),
            Status::Unchanged => {}
        }
        let (Some(o), Some(n)) = (row.old, row.new) else {
            continue;
        };
        let (Some(op), Some(np)) = (old.paragraphs.get(o), new.paragraphs.get(n)) else {
            continue;
        };
        if np.kind != ParagraphKind::Operative {
            continue;
        }
        if let (Some((ov, of)), Some((nv, nf))) = (verb_of(&op.text), verb_of(&np.text))
            && of != nf
        {
            d.verbs.push(VerbChange {
                reference: new_ref,
                old: ov,
                new: nv,
                stronger: nf > of,
            });
        }
    }
    d
}

impl Digest {
    /// The digest in `locale`: its heading (`What changed from A to B:`), then one line per
    /// kind of change, verb and vote, without list marks. The values stay in logical order.
    pub fn lines(&self, locale: Locale, old: &Document, new: &Document) -> Vec<String> {
        let say = |key: &str, args: &[(&str, Arg)]| crate::i18n::format(locale, key, None, args);
        let mut out = vec![say(
            "compare-digest-heading",
            &[
                ("old", Arg::from(old.display_name().as_str())),
                ("new", Arg::from(new.display_name().as_str())),
            ],
        )];
        for (key, refs) in [
            ("compare-digest-added", &self.added),
            ("compare-digest-deleted", &self.deleted),
            ("compare-digest-moved", &self.moved),
            ("compare-digest-changed", &self.changed),
        ] {
            if !refs.is_empty() {
                out.push(say(
                    key,
                    &[
                        ("count", Arg::from(refs.len())),
                        ("paragraphs", Arg::from(refs.join(", ").as_str())),
                    ],
                ));
            }
        }
        for v in &self.verbs {
            let key = if v.stronger {
                "compare-digest-stronger"
            } else {
                "compare-digest-weaker"
            };
            out.push(say(
                key,
                &[
                    ("paragraph", Arg::from(v.reference.as_str())),
                    ("old", Arg::from(v.old.as_str())),
                    ("new", Arg::from(v.new.as_str())),
                ],
            ));
        }
        // The digest says "without a vote" in English; a tally reads the same in every
        // language.
        let vote = |v: &String| {
            if v == "without a vote" {
                say("facts-without-vote", &[])
            } else {
                v.clone()
            }
        };
        match (&self.vote_then, &self.vote_now) {
            (Some(then), Some(now)) => out.push(say(
                "compare-digest-vote-then-now",
                &[
                    ("then", Arg::from(vote(then).as_str())),
                    ("now", Arg::from(vote(now).as_str())),
                ],
            )),
            (None, Some(now)) => out.push(say(
                "compare-digest-vote",
                &[("now", Arg::from(vote(now).as_str()))],
            )),
            _ => {}
        }
        out
    }

    /// The digest as lines a delegate pastes into a report.
    pub fn to_text(&self, old: &Document, new: &Document) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "What changed from {} to {}:",
            old.display_name(),
            new.display_name()
        );
        let list = |refs: &[String]| {
            if refs.is_empty() {
                String::new()
            } else {
                format!(" ({})", refs.join(", "))
            }
        };
        let plural = |n: usize| if n == 1 { "paragraph" } else { "paragraphs" };
        for (refs, what) in [
            (&self.added, "added"),
            (&self.deleted, "deleted"),
            (&self.moved, "moved"),
            (&self.changed, "changed"),
        ] {
            if !refs.is_empty() {
                let _ = writeln!(
                    out,
                    "- {} {} {what}{}",
                    refs.len(),
                    plural(refs.len()),
                    list(refs)
                );
            }
        }
        for v in &self.verbs {
            let _ = writeln!(
                out,
                "- {}: {} → {} ({})",
                v.reference,
                v.old,
                v.new,
                if v.stronger { "stronger" } else { "weaker" }
            );
        }
        match (&self.vote_then, &self.vote_now) {
            (Some(then), Some(now)) => {
                let _ = writeln!(out, "- Vote: {then} then, {now} now");
            }
            (None, Some(now)) => {
                let _ = writeln!(out, "- Vote: {now}");
            }
            _ => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_found_with_their_force() {
        assert_eq!(verb_of("Urges all States"), Some(("Urges".into(), 8)));
        assert_eq!(
            verb_of("Also welcomes the report"),
            Some(("Also welcomes".into(), 2))
        );
        assert_eq!(
            verb_of("Strongly urges all States"),
            Some(("Strongly urges".into(), 9))
        );
        assert_eq!(
            verb_of("Calls upon Member States"),
            Some(("Calls upon".into(), 7))
        );
        assert_eq!(verb_of("Notes with concern"), Some(("Notes".into(), 1)));
        assert_eq!(verb_of("Noting that"), None);
        assert_eq!(verb_of("Decidedly"), None);
    }
}
