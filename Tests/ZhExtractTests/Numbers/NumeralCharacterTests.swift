import Testing
@testable import ZhExtract

@Suite struct NumeralCharacterTests {
  @Test(arguments: [
    ("十三", 13), ("二十七", 27), ("三十一", 31), ("十", 10), ("一千零五", 1005), ("二〇二五", 2025),
    ("二零二四", 2024), ("两千", 2000), ("2025", 2025), ("壹佰", 100), ("九", 9),
  ])
  func readsSmallIntegers(text: String, value: Int) {
    #expect(NumeralCharacter.smallInteger(text.unicodeScalars) == value)
  }

  @Test(arguments: ["", "十十", "百十百", "五十三十", "a", "万"])
  func rejectsWhatIsNotASmallInteger(text: String) {
    #expect(NumeralCharacter.smallInteger(text.unicodeScalars) == nil)
  }
}
