import CICUShim
import Foundation

/// What each code point becomes in the analysis text before Traditional→Simplified:
/// NFKC (ICU `unorm2`), then white space unified and invisible characters removed.
///
/// - NFKC: full-width ASCII becomes ASCII, ① → 1, ㍿ → 株式会社, ﬁ → fi, compatibility
///   ideographs become unified ones.
/// - White space: every space character (NBSP, U+3000, U+2000–U+200A, U+202F, U+205F,
///   U+1680) becomes ' '; U+2028/U+2029 become '\n'.
/// - Removed: zero-width space/joiners (U+200B–U+200D), word joiner (U+2060), BOM/ZWNBSP
///   (U+FEFF), soft hyphen (U+00AD).
///
/// NFKC is exact only over whole normalisation segments (a base and the marks it combines
/// with), so the table holds each code point's result *alone* plus whether it starts a
/// segment; `Normalizer` sends multi-code-point segments to ICU as a unit.
package struct FoldingTable: Sendable {
  /// One entry per BMP code point: bit 31 = no NFKC boundary before it; bits 28–30 = kind;
  /// bits 0–27 = payload (a scalar, or an index into `expansions`).
  package let entries: [UInt32]
  /// Results of more than one scalar (㍿ → 株式会社).
  package let expansions: [[Unicode.Scalar]]
  package let loadSeconds: Double
  /// Compiled in (`ICUTables`), or computed from this process's ICU.
  package let origin: ICUTables.Origin

  package static let noBoundaryBefore: UInt32 = 1 << 31
  package static let kindShift: UInt32 = 28
  package static let payloadMask: UInt32 = (1 << 28) - 1
  package enum Kind: UInt32 { case identity = 0, replace = 1, remove = 2, expand = 3 }

  /// The table of the system ICU, built on first use: from the compiled-in tables when they
  /// were made from this ICU version, else from ICU itself.
  package static let icu = ICUTables.generatedTablesApply ? generated() : computingFromICU()

  /// The table as compiled into the binary (`ICUTables+Generated.swift`).
  package static func generated() -> FoldingTable {
    let started = ContinuousClock.now
    var entries = [UInt32](repeating: 0, count: 0x10000)
    ICUTables.hexLines(GeneratedICUTables.foldingEntries) { groups in
      guard groups.count == 2, let value = groups[0].first, value < 0x10000, let entry = groups[1].first else { return }
      entries[Int(value)] = entry
    }
    var expansions: [[Unicode.Scalar]] = []
    ICUTables.hexLines(GeneratedICUTables.foldingExpansions) { groups in
      expansions.append((groups.first ?? []).compactMap(Unicode.Scalar.init))
    }
    return FoldingTable(entries: entries, expansions: expansions, loadSeconds: (ContinuousClock.now - started).inSeconds, origin: .generated)
  }

  private init(entries: [UInt32], expansions: [[Unicode.Scalar]], loadSeconds: Double, origin: ICUTables.Origin) {
    self.entries = entries
    self.expansions = expansions
    self.loadSeconds = loadSeconds
    self.origin = origin
  }

  /// The table computed from the ICU library of this process (NFKC of every BMP code point
  /// alone, and its boundaries): what the compiled-in table must equal.
  package static func computingFromICU() -> FoldingTable {
    let started = ContinuousClock.now
    var entries = [UInt32](repeating: 0, count: 0x10000)
    var expansions: [[Unicode.Scalar]] = []
    for value in 0..<UInt32(0x10000) {
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates never occur in scalars
      var entry: UInt32 = cicu_nfkc_has_boundary_before(Int32(value)) == 0 ? noBoundaryBefore : 0
      let folded =
        cicu_nfkc_is_inert(Int32(value)) != 0 && post(scalar) == [scalar]
        ? [scalar] : fold([scalar])
      if folded == [scalar] {
        entry |= Kind.identity.rawValue << kindShift
      } else if folded.isEmpty {
        entry |= Kind.remove.rawValue << kindShift
      } else if folded.count == 1 {
        entry |= Kind.replace.rawValue << kindShift | folded[0].value
      } else {
        entry |= Kind.expand.rawValue << kindShift | UInt32(expansions.count)
        expansions.append(folded)
      }
      entries[Int(value)] = entry
    }
    return FoldingTable(entries: entries, expansions: expansions, loadSeconds: (ContinuousClock.now - started).inSeconds, origin: .icu)
  }

  /// Non-starters in a row after which the Stream-Safe Text Format inserts U+034F (UAX #15).
  package static let maxNonStarters = 30
  /// U+034F COMBINING GRAPHEME JOINER: a starter that stops NFKC's reordering.
  package static let graphemeJoiner: Unicode.Scalar = "\u{034F}"

  /// Whether NFKC has a segment boundary before `value`.
  @inline(__always)
  package func hasBoundaryBefore(_ value: UInt32) -> Bool {
    if value < 0x10000 { return entries[Int(value)] & Self.noBoundaryBefore == 0 }
    return cicu_nfkc_has_boundary_before(Int32(bitPattern: value)) != 0
  }

  /// Whether folding gives `scalars` back unchanged because every one is a BMP code point whose
  /// entry is 0 (left alone, an NFKC boundary before it): `fold` copies such a run as it is.
  package func leavesAlone(_ scalars: [Unicode.Scalar]) -> Bool {
    entries.withUnsafeBufferPointer { entries in
      scalars.allSatisfy { $0.value < 0x10000 && entries[Int($0.value)] == 0 }
    }
  }

  /// Whether NFKC leaves `value` alone whatever its neighbours (and it is no space or invisible).
  package func isInert(_ value: UInt32) -> Bool {
    if value < 0x10000 { return entries[Int(value)] == 0 }
    return cicu_nfkc_is_inert(Int32(bitPattern: value)) != 0
  }

  /// Where the input scalars came from: `base + i`, or the columns of an inner map.
  package enum Origins {
    case identity(base: Int)
    case mapped(starts: UnsafeBufferPointer<Int32>, ends: UnsafeBufferPointer<Int32>)
  }

  /// Folds `input[range]` into `out`: runs that NFKC leaves alone are copied in bulk; other
  /// code points go through the table alone, or through ICU as a whole segment when marks
  /// combine with them. Each output scalar maps to the origin of its whole segment.
  package func fold(
    _ input: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, origins: Origins, into out: inout MappedScalarSink
  ) {
    let n = range.upperBound
    entries.withUnsafeBufferPointer { entries in
      var i = range.lowerBound
      while i < n {
        // Bulk: a run of code points that NFKC and folding leave alone (entry 0), minus the
        // last one if the code point after the run combines with it.
        var runEnd = i
        while runEnd < n, input[runEnd].value < 0x10000, entries[Int(input[runEnd].value)] == 0 { runEnd += 1 }
        if runEnd < n, runEnd > i, !hasBoundaryBefore(input[runEnd].value) { runEnd -= 1 }
        if runEnd > i {
          switch origins {
          case .identity(let base): out.appendIdentity(input, i..<runEnd, originBase: base)
          case .mapped(let starts, let ends): out.appendMapped(input, i..<runEnd, originStarts: starts, originEnds: ends)
          }
          i = runEnd
          continue
        }
        // The segment [i, j): up to the next code point with an NFKC boundary before it, or
        // after `maxNonStarters` non-starters in a row (Stream-Safe Text Format, UAX #15:
        // ICU reorders marks by insertion, so an unbounded run of alternating marks would
        // take quadratic time). A cut segment is followed by U+034F COMBINING GRAPHEME
        // JOINER, as the format prescribes; it maps to the segment before it.
        var j = i + 1
        var nonStarters = input[i].value < 0x300 ? 0 : (cicu_combining_class(Int32(bitPattern: input[i].value)) == 0 ? 0 : 1)
        var cut = false
        while j < n {
          let next = input[j].value
          if next < 0x80 { break }
          if next < 0x10000 ? entries[Int(next)] & Self.noBoundaryBefore == 0 : hasBoundaryBefore(next) { break }
          if cicu_combining_class(Int32(bitPattern: next)) == 0 {
            nonStarters = 0
          } else {
            if nonStarters == Self.maxNonStarters { cut = true; break }
            nonStarters += 1
          }
          j += 1
        }
        let start: Int32, end: Int32
        switch origins {
        case .identity(let base):
          start = Int32(truncatingIfNeeded: base + i)
          end = Int32(truncatingIfNeeded: base + j)
        case .mapped(let starts, let ends):
          start = starts[i]
          end = ends[j - 1]
        }
        if j == i + 1 {
          fold(input[i], start, end, into: &out)
        } else {
          for scalar in Self.fold(Array(input[i..<j])) { out.append(scalar, start, end) }
        }
        if cut { out.appendStreamSafeJoiner(start, end) }
        i = j
      }
    }
  }

  /// Folds one code point that stands alone (its own NFKC segment).
  @inline(__always)
  package func fold(_ scalar: Unicode.Scalar, _ start: Int32, _ end: Int32, into out: inout MappedScalarSink) {
    let value = scalar.value
    guard value < 0x10000 else {
      if isInert(value) {
        out.append(scalar, start, end)
      } else {
        for folded in Self.fold([scalar]) { out.append(folded, start, end) }
      }
      return
    }
    let entry = entries[Int(value)]
    switch (entry >> Self.kindShift) & 7 {
    case Kind.identity.rawValue:
      out.append(scalar, start, end)
    case Kind.replace.rawValue:
      out.append(Unicode.Scalar(entry & Self.payloadMask).unsafelyUnwrapped, start, end)
    case Kind.remove.rawValue:
      break
    default:
      for folded in expansions[Int(entry & Self.payloadMask)] { out.append(folded, start, end) }
    }
  }

  /// NFKC of one whole segment through ICU, then white space and invisibles.
  package static func fold(_ segment: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var units: [UInt16] = []
    units.reserveCapacity(segment.count * 2)
    for scalar in segment { units.append(contentsOf: UTF16.encode(scalar)!) }
    var capacity = units.count * 4 + 8
    var output: [UInt16]
    while true {
      output = [UInt16](repeating: 0, count: capacity)
      var error: Int32 = 0
      let needed = cicu_nfkc(units, Int32(units.count), &output, Int32(capacity), &error)
      if error == ICUTransliterator.bufferOverflow { capacity = Int(needed) + 8; continue }
      precondition(error <= 0, "ICU NFKC failed with error \(error)")
      output.removeSubrange(Int(needed)...)
      break
    }
    var result: [Unicode.Scalar] = []
    for scalar in String(decoding: output, as: UTF16.self).unicodeScalars { result += post(scalar) }
    return result
  }

  /// White space unification and removal of invisible characters, after NFKC.
  package static func post(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar.value {
    case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: []
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: [" "]
    case 0x2028, 0x2029: ["\n"]
    default: [scalar]
    }
  }
}
