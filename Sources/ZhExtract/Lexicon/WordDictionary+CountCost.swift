import Foundation

extension WordDictionary {
  /// The cost a word seen `count` times in the dictionary's corpus would have (100 × −ln(count /
  /// total), rounded, as the compiled costs are): the threshold a scanner compares a word's cost with
  /// (a word rarer than 100 sightings costs more than `cost(ofCount: 100)`).
  package static func cost(ofCount count: Double) -> Cost {
    Cost((100 * (log(Double(compiledTotalFrequency)) - log(count))).rounded())
  }
}
