/// What a stage reports for one mention: where it stands (original offsets and both
/// surfaces) and its resolved value. `API/` turns findings into the package `…Mention`s.
package struct Finding<Value: Sendable>: Sendable {
  package var span: LocatedSpan
  package var value: Value

  package init(span: LocatedSpan, value: Value) {
    self.span = span
    self.value = value
  }
}

extension Finding: Equatable where Value: Equatable {}
extension Finding: Hashable where Value: Hashable {}
