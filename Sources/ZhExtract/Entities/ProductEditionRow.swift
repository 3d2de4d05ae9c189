/// `entity-product-editions.tsv`: an edition glued after a product's name (至尊版, 旗舰版, Pro版)
/// and the English word it adds to the product's name and id (Elite, Flagship, Pro).
struct ProductEditionRow: LexiconRow {
  static let table = "entity-product-editions.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let english: String
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    english = fields.text(1)
  }
}
