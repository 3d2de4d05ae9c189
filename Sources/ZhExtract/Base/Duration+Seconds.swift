extension Duration {
  /// The duration in seconds as a `Double`, for timings in logs, metrics and the bench
  /// (never for anything an output depends on).
  package var inSeconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
