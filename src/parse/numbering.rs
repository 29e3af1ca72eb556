//! Reading a document's printed paragraph numbers as a delegate does: `1.`, `2.`, `3.` name
//! the operative paragraphs, numbering may restart after a section heading, and the printed
//! sequence has the faults of real files, which its neighbours reveal:
//! - a number printed twice (`14.`, `14.`, `16.`): the second is paragraph 15;
//! - a wrong digit (`2.`, `4.`, `4.`, `5.`): the first `4.` is paragraph 3;
//! - a skipped number (`6.`, `8.`, `9.`, the version lacks paragraph 7): kept as printed;
//! - numbered text quoted inside the resolution (`14. Decides to approve the following
//!   amendment:`, `4. In hearing an appeal…`, `15.`): the quotation is not a paragraph of the
//!   resolution.
//!
//! Format-independent: every parser gives the numbers it read, in order, and names the
//! paragraphs from what comes back.

/// A number as printed before a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Printed {
    pub number: u32,
    /// A section heading stands between this paragraph and the previous numbered one.
    pub after_heading: bool,
    /// The text just before ends with a colon (`… the following amendment:`): what follows
    /// may be a quotation.
    pub after_colon: bool,
}

/// What a printed number turns out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A paragraph of the sequence, with the number it is known by (the printed one, unless
    /// the print is wrong).
    Paragraph {
        number: u32,
        /// The first paragraph of a new run: numbering restarted after a heading.
        restart: bool,
        /// What the print got wrong, for a warning.
        fault: Option<Fault>,
    },
    /// Numbered text that is not part of the sequence (a quoted article or paragraph).
    Quoted,
}

/// A fault in the printed numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The paragraph is printed with another paragraph's number.
    Misprinted { printed: u32 },
    /// Numbers were skipped before this paragraph (`after` is the number before it).
    Skipped { after: Option<u32> },
}

impl Fault {
    /// A warning for a paragraph known as `number`.
    pub fn message(self, number: u32) -> crate::i18n::Text {
        match self {
            Fault::Misprinted { printed } => crate::text!(
                "warning-misprinted-number",
                number = number,
                printed = printed.to_string()
            ),
            Fault::Skipped { after: Some(after) } => crate::text!(
                "warning-operative-skipped",
                number = number,
                previous = after
            ),
            Fault::Skipped { after: None } => {
                crate::text!("warning-operative-start", number = number)
            }
        }
    }
}

/// How far ahead a quotation may run before the sequence resumes.
const QUOTE_WINDOW: usize = 12;

/// Reads a sequence of printed numbers.
pub fn read(printed: &[Printed]) -> Vec<Reading> {
    let mut out = Vec::with_capacity(printed.len());
    let mut last: Option<u32> = None;
    let mut i = 0;
    while i < printed.len() {
        let Printed {
            number: p,
            after_heading,
            after_colon,
        } = printed[i];
        let expected = last.map_or(1, |l| l.saturating_add(1));
        let paragraph = |number: u32, restart: bool, fault: Option<Fault>| Reading::Paragraph {
            number,
            restart,
            fault,
        };
        if p == expected {
            out.push(paragraph(p, false, None));
            last = Some(p);
            i += 1;
            continue;
        }
        if p == 1 && last.is_some() && after_heading {
            out.push(paragraph(1, true, None));
            last = Some(1);
            i += 1;
            continue;
        }
        // Numbered text quoted after a colon: the sequence resumes with the expected number a
        // little further on, before any new section.
        if last.is_some()
            && after_colon
            && let Some(resume) = resumes_at(printed, i, expected)
        {
            out.extend(std::iter::repeat_n(Reading::Quoted, resume - i));
            i = resume;
            continue;
        }
        // Numbering restarting with no heading before it: only if it goes on 2, 3…, and not
        // right after a `1.` (`1.`, `1.`, `2.`: a run of one paragraph is a number printed
        // twice, not a section; `1.` four times, then `2.`: a list numbered wrongly).
        let next = printed.get(i + 1).map(|n| n.number);
        let after_one = i.checked_sub(1).is_some_and(|k| printed[k].number == 1);
        if p == 1 && !after_one && last.is_some() && next.is_none_or(|n| n == 2) {
            out.push(paragraph(1, true, None));
            last = Some(1);
            i += 1;
            continue;
        }
        let misprint = last.is_some()
            && (Some(p) == last || next == Some(expected.saturating_add(1)) || p < expected);
        if misprint {
            let fault = Fault::Misprinted { printed: p };
            out.push(paragraph(expected, false, Some(fault)));
            last = Some(expected);
        } else {
            out.push(paragraph(p, false, Some(Fault::Skipped { after: last })));
            last = Some(p);
        }
        i += 1;
    }
    out
}

/// Where the sequence resumes with `expected` after a quotation starting at `i`: within a
/// few numbers, and at the latest at the first paragraph of a new section.
fn resumes_at(printed: &[Printed], i: usize, expected: u32) -> Option<usize> {
    for (j, next) in printed.iter().enumerate().skip(i + 1).take(QUOTE_WINDOW) {
        if next.number == expected {
            return Some(j);
        }
        if next.after_heading {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(printed: &[u32], headings_before: &[usize]) -> Vec<Option<u32>> {
        quoting(printed, headings_before, &[])
    }

    fn quoting(printed: &[u32], headings_before: &[usize], colons: &[usize]) -> Vec<Option<u32>> {
        let input: Vec<Printed> = printed
            .iter()
            .enumerate()
            .map(|(i, &number)| Printed {
                number,
                after_heading: headings_before.contains(&i),
                after_colon: colons.contains(&i),
            })
            .collect();
        read(&input)
            .into_iter()
            .map(|r| match r {
                Reading::Paragraph { number, .. } => Some(number),
                Reading::Quoted => None,
            })
            .collect()
    }

    #[test]
    fn a_clean_sequence_is_read_as_printed() {
        assert_eq!(numbers(&[1, 2, 3], &[]), [Some(1), Some(2), Some(3)]);
    }

    #[test]
    fn numbering_restarts_after_a_heading() {
        let printed = |number, after_heading| Printed {
            number,
            after_heading,
            after_colon: false,
        };
        let input = [printed(1, true), printed(2, false), printed(1, true)];
        let read = read(&input);
        assert!(matches!(
            read[2],
            Reading::Paragraph {
                number: 1,
                restart: true,
                fault: None
            }
        ));
    }

    #[test]
    fn a_run_of_ones_is_no_restart() {
        // 75/257 B in French, article 3: 1, 1, 2.
        assert_eq!(numbers(&[1, 1, 2], &[]), [Some(1), Some(2), Some(3)]);
        // 75/290 B in French: 1 four times, then 2, 3.
        assert_eq!(
            numbers(&[1, 1, 1, 1, 2, 3], &[]),
            [Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)]
        );
        // A real restart without a heading still reads as one.
        assert_eq!(
            numbers(&[1, 2, 3, 1, 2], &[]),
            [Some(1), Some(2), Some(3), Some(1), Some(2)]
        );
    }

    #[test]
    fn a_number_printed_twice_is_the_next_one() {
        // 74/219 in Chinese: 13, 14, 14, 16.
        assert_eq!(
            numbers(&[13, 14, 14, 16], &[]),
            [Some(13), Some(14), Some(15), Some(16)]
        );
        // 74/251 in Chinese: the second 20 and what follows are one off.
        assert_eq!(
            numbers(&[18, 19, 20, 20, 21], &[]),
            [Some(18), Some(19), Some(20), Some(21), Some(22)]
        );
    }

    #[test]
    fn a_wrong_digit_is_read_from_its_neighbours() {
        // 74/181 in Chinese: 1, 2, 4, 4, 5.
        assert_eq!(
            numbers(&[1, 2, 4, 4, 5], &[]),
            [Some(1), Some(2), Some(3), Some(4), Some(5)]
        );
        assert_eq!(
            numbers(&[1, 2, 1, 3, 4], &[]),
            [Some(1), Some(2), Some(3), Some(4), Some(5)],
            "a 1 where 3 belongs is no restart; what follows is one off (75/257 B in French)"
        );
    }

    #[test]
    fn a_skipped_number_is_kept() {
        // 75/287 in Chinese lacks paragraph 7.
        assert_eq!(numbers(&[6, 8, 9], &[]), [Some(6), Some(8), Some(9)]);
        assert_eq!(numbers(&[4, 5], &[]), [Some(4), Some(5)]);
    }

    #[test]
    fn quoted_numbered_text_is_not_a_paragraph() {
        // 78/248: paragraph 14 quotes a new paragraph 4 of the Tribunal's statute.
        assert_eq!(
            quoting(&[13, 14, 4, 15], &[3], &[2]),
            [Some(13), Some(14), None, Some(15)],
            "a heading between the quotation and the next paragraph"
        );
        assert_eq!(
            quoting(&[3, 1, 2, 3, 4], &[], &[1]),
            [Some(3), None, None, None, Some(4)],
            "a quoted list numbered from 1"
        );
        assert_eq!(
            quoting(&[4, 4, 5], &[], &[1]),
            [Some(4), None, Some(5)],
            "a quoted paragraph with the number of the one quoting it"
        );
    }

    #[test]
    fn a_restart_is_not_taken_for_a_quotation() {
        // 75/253: sections restart at 1 and run past the previous section's last number.
        assert_eq!(
            numbers(&[1, 2, 3, 1, 2, 3, 4], &[0, 3]),
            [
                Some(1),
                Some(2),
                Some(3),
                Some(1),
                Some(2),
                Some(3),
                Some(4)
            ]
        );
    }
}
