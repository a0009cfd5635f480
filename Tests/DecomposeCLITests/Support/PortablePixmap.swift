import Foundation

/// A binary PPM image (`P6`, 8 bits per channel) as `pdftoppm` writes it to standard output.
struct PortablePixmap: Sendable {
    var width: Int
    var height: Int
    /// RGB triples, row by row.
    var pixels: [UInt8]

    /// Reads `data`, or `nil` when it is not an 8-bit P6 image.
    init?(_ data: Data) {
        let bytes = [UInt8](data)
        var index = 0
        var fields: [Int] = []
        guard bytes.starts(with: Array("P6".utf8)) else { return nil }
        index = 2
        while fields.count < 3 && index < bytes.count {
            while index < bytes.count, bytes[index] == UInt8(ascii: "#") || Self.isSpace(bytes[index]) {
                if bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                } else {
                    index += 1
                }
            }
            var value = 0
            var digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            fields.append(value)
        }
        index += 1
        guard fields.count == 3, fields[2] == 255, bytes.count - index >= fields[0] * fields[1] * 3 else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<(index + width * height * 3)])
    }

    /// The share of pixels (0…1) that are not near-white.
    var shareOfNonWhitePixels: Double {
        guard width * height > 0 else { return 0 }
        var count = 0
        for start in stride(from: 0, to: pixels.count, by: 3)
        where pixels[start] < 240 || pixels[start + 1] < 240 || pixels[start + 2] < 240 {
            count += 1
        }
        return Double(count) / Double(width * height)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
