/// The words Context Mapper's grammar (CML and the Sculptor-based tactic part) uses as keywords.
///
/// A name that is one of them is written with Xtext's escape, a leading `^` (`^type`), which Context
/// Mapper and `CMLReader` both read as the plain name. Escaping a word that turns out not to be a keyword
/// is harmless, so the list errs on the side of more words.
enum CMLKeywords {
    /// Every keyword, case-sensitive as in the grammar.
    static let all: Set<String> = [
        // Strategic part.
        "ContextMap", "BoundedContext", "Domain", "Subdomain", "Aggregate", "Module", "Application", "Flow",
        "UseCase", "UserStory", "import", "type", "state", "contains", "implements", "realizes", "refines",
        "domainVisionStatement", "responsibilities", "implementationTechnology", "knowledgeLevel", "supports",
        "exposedAggregates", "downstreamRights", "useCases", "userStories", "features", "userRequirements",
        "owner", "likelihoodForChange", "structuralVolatility", "contentVolatility", "availabilityCriticality",
        "consistencyCriticality", "storageSimilarity", "securityCriticality", "securityZone",
        "securityAccessGroup", "actor", "interactions", "benefit", "scope", "level", "create", "read", "update",
        "delete", "a", "an", "in", "for", "to", "with", "its", "their", "so", "that", "As", "I", "want", "split",
        "by", "command", "operation", "event", "triggers", "emits", "delegates", "Partnership", "P", "SK", "U",
        "D", "S", "C", "PL", "OHS", "ACL", "CF", "X", "x", "O", "o", "UNDEFINED", "AS_IS", "TO_BE",
        "SYSTEM_LANDSCAPE", "ORGANIZATIONAL", "FEATURE", "APPLICATION", "SYSTEM", "TEAM", "CORE_DOMAIN",
        "SUPPORTING_DOMAIN", "GENERIC_SUBDOMAIN", "INFLUENCER", "OPINION_LEADER", "VETO_RIGHT", "DECISION_MAKER",
        "MONOPOLIST", "META", "CONCRETE", "NORMAL", "RARELY", "OFTEN", "HIGH", "LOW", "HUGE", "TINY",
        // Tactic (Sculptor) part.
        "ApplicationPart", "basePackage", "Service", "Resource", "Consumer", "Repository", "Entity",
        "ValueObject", "DomainEvent", "Event", "CommandEvent", "Command", "Trait", "BasicType",
        "DataTransferObject", "enum", "abstract", "extends", "package", "optimisticLocking", "auditable", "cache",
        "gap", "nogap", "scaffold", "hint", "databaseTable", "discriminatorValue", "discriminatorColumn",
        "discriminatorType", "discriminatorLength", "inheritanceType", "validate", "aggregateRoot", "belongsTo",
        "immutable", "persistent", "key", "changeable", "required", "nullable", "index", "assertFalse",
        "assertTrue", "creditCardNumber", "digits", "email", "future", "past", "max", "min", "decimalMax",
        "decimalMin", "notEmpty", "notBlank", "pattern", "range", "size", "length", "scriptAssert", "url",
        "transient", "databaseColumn", "databaseType", "cascade", "fetch", "inverse", "databaseJoinTable",
        "databaseJoinColumn", "valid", "orderby", "orderColumn", "opposite", "reference", "not", "inject",
        "external", "webservice", "subscribe", "publish", "eventBus", "queueName", "topicName", "throws",
        "void", "query", "condition", "select", "groupBy", "orderBy", "construct", "build", "map", "path",
        "return", "def", "write", "ordinal", "aggregateLifecycle", "unmarshall", "List", "Set", "Bag",
        "Collection", "Map", "public", "protected", "private", "None", "GET", "POST", "PUT", "DELETE", "JOINED",
        "SINGLE_TABLE", "STRING", "CHAR", "INTEGER",
        // Built-in attribute types.
        "String", "int", "Integer", "long", "Long", "boolean", "Boolean", "Date", "DateTime", "Timestamp",
        "BigDecimal", "BigInteger", "double", "Double", "float", "Float", "Key", "PagingParameter", "PagedResult",
        "Blob", "Clob",
    ]
}
