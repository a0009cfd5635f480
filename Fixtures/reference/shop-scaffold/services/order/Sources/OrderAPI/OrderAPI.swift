// OrderAPI: the code generated from openapi.yaml by swift-openapi-generator's build plugin lives in this
// module. This file is here because a Swift target needs at least one source file of its own.
