import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The tables compiled into the binary (`ICUTables+Generated.swift`) are what the system ICU
/// gives: the file equals the one written now from ICU, and the tables parsed from it equal
/// the tables computed from ICU. Re-record with `ZHEXTRACT_RECORD=1 swift test --filter
/// ICUTablesTests` after an ICU upgrade; a process whose ICU differs from the file's computes
/// the tables itself.
@Suite struct ICUTablesTests {
  static let fromICU = (conversion: ChineseConversionTable.readingICU(), folding: FoldingTable.computingFromICU())
  static let generatedPath = PackagePaths.root.appendingPathComponent("Sources/ZhExtract/Ingest/Generated/ICUTables+Generated.swift")

  @Test func theGeneratedFileIsWhatThisICUGives() throws {
    guard ICUTables.generatedTablesApply || ProcessInfo.processInfo.environment["ZHEXTRACT_RECORD"] != nil else {
      // Another ICU than the file's: this process reads its tables from ICU (checked below).
      #expect(ChineseConversionTable.icu.origin == .icu && FoldingTable.icu.origin == .icu)
      return
    }
    let source = ICUTables.generatedSource(conversion: Self.fromICU.conversion, folding: Self.fromICU.folding, icuVersion: ICUTables.runtimeVersion)
    if let problem = GoldenFile.check(source, against: Self.generatedPath) { Issue.record(Comment(rawValue: problem)) }
  }

  @Test func theCompiledInConversionTableEqualsICUs() {
    let generated = ChineseConversionTable.generated(), icu = Self.fromICU.conversion
    guard ICUTables.generatedTablesApply else { return }
    #expect(ChineseConversionTable.icu.origin == .generated)
    #expect(generated.bmp == icu.bmp)
    #expect(generated.supplementary == icu.supplementary)
    #expect(generated.phrases.map(\.traditional) == icu.phrases.map(\.traditional))
    #expect(generated.phrases.map(\.simplified) == icu.phrases.map(\.simplified))
    #expect(generated.simplifiedOnlyBits == icu.simplifiedOnlyBits)
    #expect(generated.skippedRules == icu.skippedRules)
    #expect(generated.bmp.contains { $0 != 0 } && generated.phrases.count > 500)
  }

  @Test func theCompiledInFoldingTableEqualsICUs() {
    let generated = FoldingTable.generated(), icu = Self.fromICU.folding
    guard ICUTables.generatedTablesApply else { return }
    #expect(FoldingTable.icu.origin == .generated)
    #expect(generated.entries == icu.entries)
    #expect(generated.expansions == icu.expansions)
    #expect(generated.expansions.count > 100)
  }

  @Test func theRuntimeVersionIsRead() {
    #expect(ICUTables.runtimeVersion.split(separator: ".").count >= 2, "\(ICUTables.runtimeVersion)")
  }
}
