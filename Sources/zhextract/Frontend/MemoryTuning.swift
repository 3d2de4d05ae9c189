import Foundation

/// How the process asks the C library for memory.
enum MemoryTuning {
  /// glibc's `M_MMAP_THRESHOLD` (malloc.h), which Swift's Glibc module does not export.
  private static let mmapThreshold: Int32 = -3

  /// Buffers of 256 KiB and more (a long document's text, its segmentation, its mentions)
  /// come straight from the kernel and go back to it when freed. glibc's default raises this
  /// threshold after the first large buffer is freed, so that the next ones are carved from
  /// the heap and stay in RSS after they are freed: a 20 MB document peaked at 302 MB, 255 MB
  /// with the threshold fixed (`zhextract bench` prints the figure). A no-op where there is no
  /// `mallopt` (not glibc).
  static func returnLargeBuffersToTheSystem() {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 256 << 10)
  }
}
