/// Where a mention stands in the original text: code points, end exclusive.
public protocol MentionSpan {
  var text: String { get }
  var start: Int { get }
  var end: Int { get }
}

extension MoneyMention: MentionSpan {}
extension DateMention: MentionSpan {}
extension EntityMention: MentionSpan {}
