//! Tokens and sentences with byte spans into the original text.
//!
//! [`tokenize`] splits text into words, numbers and punctuation; typography is
//! folded as it goes (curly quotes, U+2011 and other dashes, no-break spaces),
//! so later stages match "five‑hour" like "five-hour" while every span still
//! indexes the original bytes. [`segment`] finds sentence bounds that survive
//! abbreviations ("U.S.", "Nov. 30", "Mr.", "Fla.", "Sen.", initials).

mod sentence;
mod token;

pub use sentence::{segment, sentences_from_tokens, Sentence};
pub use token::{tokenize, Token, TokenKind};
