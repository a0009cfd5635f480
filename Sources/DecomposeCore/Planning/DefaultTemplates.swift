// swift-format-ignore-file
// Generated from Templates/ by DefaultTemplatesTests; do not edit (template lines may be longer than
// the style allows, hence the ignore above).
// Regenerate with: DECOMPOSE_RECORD=1 swift test --filter DefaultTemplatesTests

/// The default scaffold templates: every file of the repository's `Templates/` folder, embedded so
/// that `decompose scaffold` needs no files besides the model. Keys are paths relative to
/// `Templates/`, such as `service/common/.gitignore.mustache`.
public enum DefaultTemplates {
    /// Template text by path relative to `Templates/`.
    public static let files: [String: String] = [
        "service/common/.dockerignore.mustache": #"""
        {{! .dockerignore of one generated service package: keep the build context small and free of host build output. }}
        # {{packageName}}: only the sources go into the image build context.
        .build/
        .swiftpm/
        .git/
        Package.resolved
        /*.xcodeproj
        xcuserdata/
        DerivedData/
        .netrc
        .env
        .DS_Store
        Dockerfile
        .dockerignore

        """#,
        "service/common/.gitignore.mustache": #"""
        {{! .gitignore of one generated service package: build output and local state stay out of git. }}
        # {{packageName}}: build output and local state stay out of git.
        .build/
        .swiftpm/
        # Package.resolved is left out on purpose: resolve against your own package mirror or registry.
        Package.resolved
        /*.xcodeproj
        xcuserdata/
        DerivedData/
        .netrc
        .env
        .DS_Store

        """#,
    ]
}
