import Foundation

/// Entity ids, one shape for all: `<type>:<slug>`, the type being `person`, `org`, `product` or
/// `place`, the slug ASCII (lower-case letters, digits, `.`, `+`, `-`).
///
/// - A lexicon entity's id is written in its table and checked to have this shape and its
///   type's prefix: `org:nvidia`, `person:sam-altman`, `place:us`, `place:cn-beijing`,
///   `place:cn-330212` (China's divisions by their official code), `product:gpt-5.1`.
/// - A name found by a pattern gets an id from its normalised form. A Latin-script name is
///   its slug: `person:karen-whitfield`, `org:northwind-ventures`. A name in Han characters
///   (or with letters outside ASCII) is its romanisation — pinyin from ICU's `Han-Latin`
///   transliterator, accents removed by `Latin-ASCII` — followed by six hexadecimal digits of
///   the SHA-256 of the normalised form, so that names that sound alike stay apart (张伟 and
///   张玮 are `person:zhang-wei-…` with two different tails). A Chinese person's slug is
///   the romanised name (`陈思远` → `person:chen-siyuan-c0c745`, name `Chen Siyuan`).
/// The slug depends on ICU's pinyin data; the six digits on the name alone.
/// The same form gives the same id in every document and every run.
enum EntityID {
  /// The longest slug kept before the hash of a romanised name.
  static let maxSlug = 48

  static func prefix(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "person"
    case .organization: "org"
    case .product: "product"
    case .location: "place"
    }
  }

  /// Whether `id` has the shape of an id of `kind`; the problem when it has not.
  static func problem(_ id: String, kind: EntityKind) -> String? {
    // The common case, an ASCII id that is right, read from its bytes (the checks below,
    // over `Character`s and scalars, cost 2,600 instructions an id at start-up).
    if isWellFormedASCII(id, prefix: prefix(kind)) { return nil }
    let prefix = prefix(kind) + ":"
    guard id.hasPrefix(prefix) else { return "id '\(id)' must start with '\(prefix)' (type \(kind.rawValue))" }
    let slug = id.dropFirst(prefix.count)
    guard let first = slug.unicodeScalars.first, isSlugScalar(first), first != "-",
      slug.unicodeScalars.allSatisfy(isSlugScalar)
    else {
      return "id '\(id)': after '\(prefix)' only a-z, 0-9, '.', '+' and '-' (not first)"
    }
    return nil
  }

  /// Whether `id` is `prefix:slug` with a slug of a-z, 0-9, `.`, `+`, `-` (not first), all ASCII.
  private static func isWellFormedASCII(_ id: String, prefix: String) -> Bool {
    var id = id
    var prefix = prefix
    return id.withUTF8 { id in
      prefix.withUTF8 { prefix in
        // `prefix`, `:`, then at least one slug byte, the first no `-`.
        guard id.count > prefix.count + 1, id.starts(with: prefix), id[prefix.count] == UInt8(ascii: ":"),
          id[prefix.count + 1] != UInt8(ascii: "-")
        else { return false }
        for k in (prefix.count + 1)..<id.count {
          switch id[k] {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"): continue
          default: return false
          }
        }
        return true
      }
    }
  }

  private static func isSlugScalar(_ s: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "+" || s == "-"
  }

  /// The id of a name a pattern found, from its normalised form; `romanized` is the name's
  /// own romanisation when it has one (a Chinese person's `Chen Siyuan`).
  ///
  /// Ids are kept per process (`PatternIDCache`): a document names its people and firms again and
  /// again, and an id cost some 25,000 instructions (romanisation, slug, SHA-256) where a look-up
  /// costs a few hundred.
  static func pattern(_ kind: EntityKind, _ surface: [Unicode.Scalar], romanized: String? = nil) -> String {
    PatternIDCache.shared.id(PatternIDCache.Key(kind: kind, surface: surface, romanized: romanized)) {
      computePattern(kind, surface, romanized: romanized)
    }
  }

  /// The id of a name a pattern found, computed (no cache).
  static func computePattern(_ kind: EntityKind, _ surface: [Unicode.Scalar], romanized: String? = nil) -> String {
    let ascii = surface.allSatisfy { $0.isASCII }
    let romanised =
      ascii
      ? String(scalars: surface)
      : romanized ?? Romanizer.shared.latin(String(scalars: surface))
    var slug = slugify(romanised)
    if !ascii {
      if slug.count > maxSlug { slug = String(slug.prefix(maxSlug)); while slug.hasSuffix("-") { slug.removeLast() } }
      let digest = ContentHash.hex(of: Array(nameForm(surface).utf8))
      slug += (slug.isEmpty ? "" : "-") + digest.prefix(6)
    }
    return prefix(kind) + ":" + slug
  }

  /// The form that is hashed: every middle dot of a name (· ‧ • ・, or `.` after a Han
  /// character) as U+00B7.
  static func nameForm(_ surface: [Unicode.Scalar]) -> String {
    var out = String.UnicodeScalarView()
    for s in surface {
      let dot = ScalarClass.isNameDot(s) || (s == "." && (out.last.map(ScalarClass.isHan) ?? false))
      out.append(dot ? ScalarClass.middleDot : s)
    }
    return String(out)
  }

  /// Lower-case ASCII letters and digits; every other run becomes one `-`; `.` and `+` stay
  /// between digits or letters (`gpt-5.1`).
  static func slugify(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingDash = false
    for s in text.unicodeScalars {
      if ("a"..."z").contains(s) || ("0"..."9").contains(s) {
        if pendingDash, !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(s)
      } else if ("A"..."Z").contains(s) {
        if pendingDash, !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: s.value + 32)))
      } else if (s == "." || s == "+"), !pendingDash, let last = out.last, last != "-" {
        out.append(s)
      } else {
        pendingDash = true
      }
    }
    while let last = out.last, last == "." || last == "+" { out.removeLast() }
    return String(out)
  }
}
