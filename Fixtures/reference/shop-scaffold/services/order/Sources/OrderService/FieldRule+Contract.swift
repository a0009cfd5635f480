import ServiceChassis

/// The limits of the Order service's contract that the generated code does not check (formats of strings, integers
/// that must fit a 32-bit column), per request body: the handlers answer `400` naming each field that breaks one.
extension FieldRule {
    /// A body that creates or replaces a Order resource.
    static let orderInput: [FieldRule] = [
        FieldRule(["customerId"], .uuid),
        FieldRule(["items", "*", "id"], .uuid),
        FieldRule(["items", "*", "quantity"], .int32),
        FieldRule(["items", "*", "productId"], .uuid),
    ]
}
