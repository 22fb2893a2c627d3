//! How `build` and `merge` print a timeline: the options they share and the
//! rendering.

use timeweave::build_from_extracted;
use timeweave::graph::Timeline;
use timeweave::merge::ExtractedSet;
use timeweave::render::{to_dot, to_json, to_text, to_text_all};

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One line per event, conflicts under it, a legend of sources.
    Text,
    /// The stable JSON schema.
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Options of the printed timeline.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Only the events this person, organisation or place takes part in.
    #[arg(long)]
    entity: Option<String>,
    /// In text output, list every event (single-source statements and events
    /// dated only by the publication date too).
    #[arg(long)]
    all: bool,
}

impl OutputArgs {
    /// Prints the timeline of `set` as these options ask; `nothing` is the
    /// error when the set holds no record.
    pub fn print(&self, set: ExtractedSet, nothing: &str) -> anyhow::Result<()> {
        if set.is_empty() {
            anyhow::bail!("{nothing}");
        }
        print!("{}", self.render(build_from_extracted(set)));
        Ok(())
    }

    /// The timeline as these options ask, ready to print.
    fn render(&self, mut timeline: Timeline) -> String {
        if let Some(name) = &self.entity {
            timeline = timeline.restricted_to_entity(name);
        }
        match self.format {
            Format::Text if self.all => to_text_all(&timeline),
            Format::Text => to_text(&timeline),
            Format::Json => to_json(&timeline) + "\n",
            Format::Dot => to_dot(&timeline),
        }
    }
}
