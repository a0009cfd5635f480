import ServiceChassis

/// The limits of the Product service's contract that the generated code does not check (formats of strings, integers
/// that must fit a 32-bit column), per request body: the handlers answer `400` naming each field that breaks one.
extension FieldRule {
    /// A body that creates or replaces a Category resource.
    static let categoryInput: [FieldRule] = [
    ]
    /// A body that creates or replaces a Product resource.
    static let productInput: [FieldRule] = [
        FieldRule(["categoryId"], .uuid),
    ]
}
