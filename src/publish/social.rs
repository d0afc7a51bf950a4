//! Social images: the `social.svg` template rendered to PNG with resvg, using
//! only the fonts shipped in `templates/fonts/` so every machine draws the
//! same picture. Renders are cached by the hash of their SVG (the fonts'
//! bytes included), so a rebuild redraws only the images whose text changed.

use crate::files::{self, FileError};
use resvg::{tiny_skia, usvg};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum SocialError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("no font files (.ttf, .otf) in `{0}`: social images need the shipped fonts")]
    NoFonts(String),
    #[error("social image `{image}`: the SVG does not parse ({message})")]
    Svg { image: String, message: String },
    #[error("social image `{image}`: {message}")]
    Render { image: String, message: String },
    #[error("cancelled while drawing the social images")]
    Cancelled,
}

/// Part of every cache key: bumped when the drawing itself changes (the font
/// fallback, say), so no image drawn the old way is served again.
const RENDERER_VERSION: &str = "3: same-weight font fallback, no harakat";

/// Renders kept in memory for the life of the process (a scheduler, or a test
/// run building many sites): small, and capped so a huge site cannot bloat it.
const MEMO_ENTRIES: usize = 256;

fn memo() -> &'static std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>> {
    static MEMO: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>> =
        std::sync::OnceLock::new();
    MEMO.get_or_init(Default::default)
}

/// Draws SVG to PNG with the project's fonts.
pub struct Renderer {
    options: usvg::Options<'static>,
    /// Hash of the fonts, part of every cache key.
    fonts_key: String,
    cache: Option<PathBuf>,
    /// The keys this renderer was asked for: what a cache prune keeps.
    used: std::sync::Mutex<std::collections::BTreeSet<String>>,
}

impl Renderer {
    /// Loads every font in `fonts_dir`; `cache` is where renders are kept between builds.
    pub fn new(fonts_dir: &Path, cache: Option<PathBuf>) -> Result<Renderer, SocialError> {
        let mut db = usvg::fontdb::Database::new();
        let mut hasher = Sha256::new();
        let mut fonts = files::list_files(fonts_dir, "ttf")?;
        fonts.extend(files::list_files(fonts_dir, "otf")?);
        fonts.sort();
        for font in &fonts {
            let bytes = files::read(font)?;
            hasher.update(&bytes);
            db.load_font_data(bytes);
        }
        if db.is_empty() {
            return Err(SocialError::NoFonts(fonts_dir.display().to_string()));
        }
        db.set_sans_serif_family("Noto Sans");
        let options = usvg::Options {
            font_family: "Noto Sans".into(),
            fontdb: Arc::new(db),
            font_resolver: usvg::FontResolver {
                select_fallback: same_weight_fallback(),
                ..usvg::FontResolver::default()
            },
            ..usvg::Options::default()
        };
        Ok(Renderer { options, fonts_key: format!("{:x}", hasher.finalize()), cache, used: Default::default() })
    }

    /// The PNG of `svg`; `name` only labels errors.
    pub fn png(&self, name: &str, svg: &str) -> Result<Vec<u8>, SocialError> {
        let (key, cached) = self.lookup(svg);
        self.png_of(name, svg, key, cached)
    }

    /// Writes the PNG of `svg` to `target`. A render already in the cache is
    /// linked there, not read and written again: the link costs no new inode and
    /// no copy, and the cache is never written through it (a render is written
    /// whole to a new file, and `target` is removed before it is linked).
    pub fn png_to(&self, name: &str, svg: &str, target: &Path) -> Result<(), SocialError> {
        let (key, cached) = self.lookup(svg);
        if let Some(path) = cached.as_deref().filter(|p| p.is_file()) {
            if let Some(parent) = target.parent() {
                files::create_dir_all(parent)?;
            }
            let _ = std::fs::remove_file(target);
            if std::fs::hard_link(path, target).is_ok() {
                return Ok(());
            }
            // Another file system, or one without links: the bytes, below.
        }
        Ok(files::write(target, self.png_of(name, svg, key, cached)?)?)
    }

    /// The cache key of `svg` and where its render is kept, if renders are kept.
    fn lookup(&self, svg: &str) -> (String, Option<PathBuf>) {
        let key = self.key(svg);
        let cached = self.cache.as_ref().map(|dir| dir.join(format!("{key}.png")));
        (key, cached)
    }

    /// The render of `svg` from the memo, else the cache, else drawn.
    fn png_of(&self, name: &str, svg: &str, key: String, cached: Option<PathBuf>) -> Result<Vec<u8>, SocialError> {
        if let Some(png) = memo().lock().ok().and_then(|m| m.get(&key).cloned()) {
            // Drawn for another site of this process: this one's cache keeps it too.
            if let Some(path) = cached.as_deref().filter(|p| !p.is_file()) {
                keep(path, &png);
            }
            return Ok(png);
        }
        if let Some(path) = &cached
            && let Ok(bytes) = std::fs::read(path)
        {
            return Ok(bytes);
        }
        self.draw(name, svg, key, cached)
    }

    /// The cache key of `svg`, noted as used (what a prune keeps).
    fn key(&self, svg: &str) -> String {
        let key = {
            let mut h = Sha256::new();
            h.update(RENDERER_VERSION.as_bytes());
            h.update(self.fonts_key.as_bytes());
            h.update(svg.as_bytes());
            format!("{:x}", h.finalize())
        };
        if let Ok(mut used) = self.used.lock() {
            used.insert(key.clone());
        }
        key
    }

    /// Draws `svg` and keeps the render in the cache and the memo.
    fn draw(&self, name: &str, svg: &str, key: String, cached: Option<PathBuf>) -> Result<Vec<u8>, SocialError> {
        // Arabic short vowels and shadda (harakat, optional in writing) make
        // resvg's font fallback give up on every Latin name in the same line,
        // which it then draws as empty boxes; the picture is drawn without them.
        let svg: String = svg.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect();
        let tree = usvg::Tree::from_str(&svg, &self.options)
            .map_err(|e| SocialError::Svg { image: name.to_string(), message: e.to_string() })?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
            .ok_or_else(|| SocialError::Render { image: name.to_string(), message: "empty size".into() })?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let png =
            encode(&pixmap).map_err(|e| SocialError::Render { image: name.to_string(), message: e.to_string() })?;
        if let Some(path) = cached {
            keep(&path, &png);
        }
        if let Ok(mut m) = memo().lock()
            && m.len() < MEMO_ENTRIES
        {
            m.insert(key, png.clone());
        }
        Ok(png)
    }
}

/// Keeps a render in the cache at `path`: written to a new file and moved into
/// place, never through an existing one, which a site may link. A cache that
/// cannot be written only costs time next build.
fn keep(path: &Path, png: &[u8]) {
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let fresh = path.with_extension(format!("{}-{n}.new", std::process::id()));
    if files::write(&fresh, png).is_err() || files::rename(&fresh, path).is_err() {
        let _ = std::fs::remove_file(&fresh);
    }
}

impl Renderer {
    /// Removes the cached renders this renderer was not asked for, so the cache
    /// (kept with the durable state) holds only what the current site shows.
    /// Returns how many were removed; a file that cannot be removed is left.
    pub fn prune_cache(&self) -> Result<usize, SocialError> {
        let Some(dir) = &self.cache else { return Ok(0) };
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        let mut removed = 0;
        for file in files::list_files(dir, "png")? {
            let key = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            if !used.contains(&key) && std::fs::remove_file(&file).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// A fallback face for a character the chosen face lacks (Latin in an Arabic
/// line, Arabic in a Latin one): one of the same weight and style. usvg's own
/// selector accepts a face that differs in all three only, so a regular line
/// could fall back to a bold face, or to none.
fn same_weight_fallback() -> usvg::FallbackSelectionFn<'static> {
    Box::new(|c, exclude, fontdb| {
        let base = fontdb.face(*exclude.first()?)?;
        let (weight, style) = (base.weight, base.style);
        fontdb
            .faces()
            .filter(|f| !exclude.contains(&f.id) && f.style == style && has_char(fontdb, f.id, c))
            .min_by_key(|f| (f.weight.0 as i32 - weight.0 as i32).abs())
            .map(|f| f.id)
    })
}

fn has_char(fontdb: &usvg::fontdb::Database, id: usvg::fontdb::ID, c: char) -> bool {
    fontdb
        .with_face_data(id, |data, index| {
            let font = skrifa::FontRef::from_index(data, index).ok()?;
            skrifa::MetadataProvider::charmap(&font).map(c)
        })
        .flatten()
        .is_some()
}

/// Draws every `(png, svg)` of `dir` (paths in it: the SVG written there,
/// read back one at a time rather than all held in memory) on every core;
/// returns how many files were written.
pub fn draw_all(
    renderer: &Renderer,
    images: &[(String, String)],
    dir: &Path,
    cancel: &crate::run::cancel::Cancel,
) -> Result<usize, SocialError> {
    let drawn = crate::run::parallel::map(
        images,
        cancel,
        || SocialError::Cancelled,
        |(png, svg)| renderer.png_to(png, &files::read_to_string(&dir.join(svg))?, &dir.join(png)),
    )?;
    Ok(drawn.len())
}

/// PNG of an opaque picture (so premultiplied alpha needs no undoing) at
/// png's balanced level: about twice as quick as tiny-skia's own encoder.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(pixmap.data())?;
    writer.finish()?;
    Ok(out)
}
