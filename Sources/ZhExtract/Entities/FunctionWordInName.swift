/// Whether a name read after a parent holds a function word of the path: none, one a town's or a
/// village's name may hold after a division above it (仪征市|真|州|镇), or one no name holds (各 今年 的).
enum FunctionWordInName {
  case none, soft, hard

  func with(_ other: Self) -> Self {
    switch (self, other) {
    case (.hard, _), (_, .hard): .hard
    case (.soft, _), (_, .soft): .soft
    default: .none
    }
  }
}
