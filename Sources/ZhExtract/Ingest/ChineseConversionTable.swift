import Foundation

/// ICU's `Traditional-Simplified` transliterator, read once into tables so that the hot path
/// never calls ICU: ICU stays the source of truth, at table speed. The tables are compiled in
/// (`ICUTables`), made from the same ICU version; a process with another ICU reads its own.
///
/// - `characters`: for every code point of ICU's source set, what ICU makes of it alone.
/// - `phrases`: ICU's own multi-character rules (`乾坤 > 乾坤`, `甚麼 > 什么`, …), which a
///   character table alone would miss. ICU lists no shorter rule before a longer one with
///   the same start, so ICU's first-match order equals longest match (checked by a test).
/// - `simplifiedOnly`: code points that are the Simplified form of some Traditional
///   character and that no ICU rule reads (发, 复, 里 — but not 了, 后, 台, 干, which ICU
///   keeps as valid Traditional characters with rules of their own). Used by `ScriptDetector`.
package struct ChineseConversionTable: Sendable {
  /// Simplified form of each BMP code point; 0 = unchanged.
  package let bmp: [UInt32]
  /// The same for code points above the BMP (rare).
  package let supplementary: [UInt32: UInt32]
  /// ICU's multi-character rules, in ICU's order.
  package let phrases: [(traditional: String, simplified: String)]
  /// Bitset over the BMP: 1 = Simplified-only code point.
  package let simplifiedOnlyBits: [UInt64]
  /// Rules that did not have the plain `source > target;` shape and were left out.
  package let skippedRules: [String]
  /// How long building the table took, in seconds.
  package let loadSeconds: Double
  /// Compiled in, or read from ICU by this process.
  package let origin: ICUTables.Origin

  /// The table of the system ICU, built on first use: from the compiled-in tables when they
  /// were made from this ICU version, else from ICU itself.
  package static let icu = ICUTables.generatedTablesApply ? generated() : readingICU()

  /// The table as compiled into the binary (`ICUTables+Generated.swift`).
  package static func generated() -> ChineseConversionTable {
    let started = ContinuousClock.now
    var bmp = [UInt32](repeating: 0, count: 0x10000)
    var supplementary: [UInt32: UInt32] = [:]
    ICUTables.hexLines(GeneratedICUTables.conversionCharacters) { groups in
      guard groups.count == 2, let source = groups[0].first, let target = groups[1].first else { return }
      if source < 0x10000 { bmp[Int(source)] = target } else { supplementary[source] = target }
    }
    var phrases: [(traditional: String, simplified: String)] = []
    ICUTables.hexLines(GeneratedICUTables.conversionPhrases) { groups in
      guard groups.count == 2 else { return }
      phrases.append((ICUTables.string(groups[0]), ICUTables.string(groups[1])))
    }
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    ICUTables.hexLines(GeneratedICUTables.conversionSimplifiedOnly) { groups in
      guard let value = groups.first?.first, value < 0x10000 else { return }
      bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
    }
    var skipped: [String] = []
    ICUTables.hexLines(GeneratedICUTables.conversionSkippedRules) { groups in
      skipped.append(String(decoding: (groups.first ?? []).map { UInt16(truncatingIfNeeded: $0) }, as: UTF16.self))
    }
    return ChineseConversionTable(
      bmp: bmp, supplementary: supplementary, phrases: phrases, simplifiedOnlyBits: bits, skippedRules: skipped,
      loadSeconds: (ContinuousClock.now - started).inSeconds, origin: .generated)
  }

  private init(
    bmp: [UInt32], supplementary: [UInt32: UInt32], phrases: [(traditional: String, simplified: String)],
    simplifiedOnlyBits: [UInt64], skippedRules: [String], loadSeconds: Double, origin: ICUTables.Origin
  ) {
    self.bmp = bmp
    self.supplementary = supplementary
    self.phrases = phrases
    self.simplifiedOnlyBits = simplifiedOnlyBits
    self.skippedRules = skippedRules
    self.loadSeconds = loadSeconds
    self.origin = origin
  }

  /// The table read from the ICU library of this process (its transliterator's source set
  /// and rules): what the compiled-in table must equal.
  package static func readingICU() -> ChineseConversionTable {
    let started = ContinuousClock.now
    guard let icu = ICUTransliterator(id: "Traditional-Simplified") else {
      fatalError("ICU has no Traditional-Simplified transliterator (is libicu data installed?)")
    }
    var bmp = [UInt32](repeating: 0, count: 0x10000)
    var supplementary: [UInt32: UInt32] = [:]
    var images = Set<UInt32>()
    // Every code point of the source set alone: one ICU call over "c1\nc2\n…" (a line break
    // keeps ICU's multi-character rules from applying across code points).
    let sourceSet = icu.sourceSet
    var batch: [UInt16] = []
    batch.reserveCapacity(sourceSet.count * 3)
    for scalar in sourceSet {
      batch.append(contentsOf: UTF16.encode(scalar)!)
      batch.append(0x0A)
    }
    let converted = String(decoding: icu.transliterate(utf16: batch), as: UTF16.self).unicodeScalars
      .split(separator: "\n", omittingEmptySubsequences: false)
    precondition(converted.count >= sourceSet.count, "ICU changed the number of lines while transliterating its source set")
    for (scalar, result) in zip(sourceSet, converted) {
      guard result.count == 1, let target = result.first, target != scalar else { continue }
      images.insert(target.value)
      if scalar.value < 0x10000 { bmp[Int(scalar.value)] = target.value } else { supplementary[scalar.value] = target.value }
    }
    var phrases: [(String, String)] = []
    var ruleSources = Set<UInt32>()
    var skipped: [String] = []
    for line in icu.rules.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      let rule = line.trimmingCharacters(in: .whitespaces)
      if rule.isEmpty { continue }
      guard rule.hasSuffix(";"), let arrow = rule.range(of: " > ") else { skipped.append(rule); continue }
      let source = String(rule[..<arrow.lowerBound])
      let target = String(rule[arrow.upperBound...].dropLast())
      let plain = { (s: String) in !s.isEmpty && s.unicodeScalars.allSatisfy { !$0.isASCII } }  // ASCII holds the rule syntax
      guard plain(source), plain(target), source.unicodeScalars.count == target.unicodeScalars.count else {
        skipped.append(rule); continue
      }
      if source.unicodeScalars.count > 1 { phrases.append((source, target)) } else { ruleSources.insert(source.unicodeScalars.first!.value) }
    }
    // Simplified-only: an image of the character table that no single-character rule reads
    // (ICU's source set is wider: it also holds 发, which no rule reads but a phrase writes).
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for image in images.subtracting(ruleSources) where image < 0x10000 {
      bits[Int(image >> 6)] |= 1 << UInt64(image & 63)
    }
    return ChineseConversionTable(
      bmp: bmp, supplementary: supplementary, phrases: phrases, simplifiedOnlyBits: bits, skippedRules: skipped,
      loadSeconds: (ContinuousClock.now - started).inSeconds, origin: .icu)
  }

  /// The Simplified form of `scalar` on its own (itself when ICU leaves it).
  @inline(__always)
  package func simplified(_ value: UInt32) -> UInt32 {
    if value < 0x10000 {
      let mapped = bmp[Int(value)]
      return mapped == 0 ? value : mapped
    }
    return supplementary[value] ?? value
  }

  /// Whether `value` is written only in Simplified Chinese.
  @inline(__always)
  package func isSimplifiedOnly(_ value: UInt32) -> Bool {
    value < 0x10000 && simplifiedOnlyBits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}
