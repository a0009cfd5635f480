extension Unicode.Scalar {
    /// `properties.isAlphabetic`, answered for ASCII (almost every scalar of a model) without the Unicode property
    /// lookup, which was most of the time of the lexers that ask it of every scalar.
    var isLetterLike: Bool {
        if isASCII { return ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
        return properties.isAlphabetic
    }

    /// `properties.isWhitespace`, answered for ASCII without the Unicode property lookup.
    var isSpaceLike: Bool {
        if isASCII { return self == " " || ("\t"..."\r").contains(self) }
        return properties.isWhitespace
    }
}
