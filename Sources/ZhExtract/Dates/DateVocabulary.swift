/// The rule surface of dates read from `Lexicons/dates-*.tsv`: relative words, week words,
/// parts of a year or month, holidays, English month names.
package struct DateVocabulary: Sendable {
  package enum Word: Sendable, Hashable {
    case day(Int), week(Int), month(Int), quarter(Int), year(Int)
    /// 周 / 星期 / 礼拜: a weekday follows.
    case weekday
    case half(Int)
    case part(PeriodPart)
  }

  package var words = ScalarTrie<Word>()
  package var holidays = ScalarTrie<Holiday>()
  package var englishMonths = ScalarTrie<Int>()

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    for row in lexicons.required("dates-relative.tsv", problems: &problems).rows(columns: 3...3, problems: &problems) {
      let (word, kind, value) = (row.fields[0], row.fields[1], row.fields[2])
      let offset = Int(value)
      let entry: Word? = switch kind {
      case "day": offset.map(Word.day)
      case "week": offset.map(Word.week)
      case "month": offset.map(Word.month)
      case "quarter": offset.map(Word.quarter)
      case "year": offset.map(Word.year)
      case "weekday": .weekday
      case "half": offset.flatMap { (1...2).contains($0) ? Word.half($0) : nil }
      case "part": Self.part(value).map(Word.part)
      default: nil
      }
      if let entry { words.insert(word, entry) } else { problems.report(file: "dates-relative.tsv", line: row.line, "unknown kind or value: \(kind) \(value)") }
    }
    for row in lexicons.required("dates-holidays.tsv", problems: &problems).rows(columns: 3...3, problems: &problems) {
      let (name, kind, day) = (row.fields[0], row.fields[1], row.fields[2])
      let parts = day.split(separator: "-").compactMap { Int($0) }
      let rule: Holiday.Rule? = switch (kind, parts.count) {
      case ("gregorian", 2): .gregorian(month: parts[0], day: parts[1])
      case ("lunar", 2): .lunar(month: parts[0], day: parts[1])
      case ("lunar-eve", 2): .lunarEve(month: parts[0], day: parts[1])
      case ("qingming", _): .qingming
      case ("nth-weekday", 3): .nthWeekday(month: parts[0], nth: parts[1], weekday: parts[2])
      default: nil
      }
      if let rule { holidays.insert(name, Holiday(name: name, rule: rule)) } else { problems.report(file: "dates-holidays.tsv", line: row.line, "unknown rule or day: \(kind) \(day)") }
    }
    for row in lexicons.required("dates-english-months.tsv", problems: &problems).rows(columns: 2...2, problems: &problems) {
      guard let month = Int(row.fields[1]), (1...12).contains(month) else {
        problems.report(file: "dates-english-months.tsv", line: row.line, "not a month number: \(row.fields[1])")
        continue
      }
      let name = row.fields[0]
      for form in Set([name, name.lowercased(), name.uppercased(), name.prefix(1).uppercased() + name.dropFirst().lowercased()]) {
        englishMonths.insert(form, month)
      }
    }
  }

  private static func part(_ value: String) -> PeriodPart? {
    switch value {
    case "early": .early
    case "middle": .middle
    case "late": .late
    case "dekad1": .firstDekad
    case "dekad2": .secondDekad
    case "dekad3": .thirdDekad
    default: nil
    }
  }
}
