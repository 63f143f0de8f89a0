//! The page's colour theme, light or dark. The colours themselves are CSS custom properties in
//! static/style.css (`:root` for light, `:root[data-theme="dark"]` for dark); the page picks one
//! by setting `data-theme` on `<html>`. A first visit follows the browser's
//! `prefers-color-scheme`; a choice made with the toolbar's button is remembered (localStorage),
//! like the language.

/// A colour theme of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// The value of `<html data-theme>` and of the saved choice.
    pub fn tag(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a saved tag names; `None` for anything else (an old or damaged value).
    pub fn from_tag(tag: &str) -> Option<Theme> {
        match tag {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The theme for a `prefers-color-scheme: dark` answer.
    pub fn preferred(prefers_dark: bool) -> Theme {
        if prefers_dark {
            Theme::Dark
        } else {
            Theme::Light
        }
    }

    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_tag_round_trips_and_anything_else_is_ignored() {
        for theme in [Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_tag(theme.tag()), Some(theme));
            assert_eq!(theme.other().other(), theme);
            assert_ne!(theme.other(), theme);
        }
        assert_eq!(Theme::from_tag("Dark"), None);
        assert_eq!(Theme::from_tag(""), None);
        assert_eq!(Theme::preferred(true), Theme::Dark);
        assert_eq!(Theme::preferred(false), Theme::Light);
    }
}
