/// The model `decompose init` writes: a small shop that uses every construct of the domain language,
/// each explained by a comment, so that it doubles as a quick reference.
enum StarterModel {
    static let text = #"""
        // A starter model for decompose. Describe your monolith as it is today: its data, the operations
        // that use it, who owns what and what must not be mixed. Then run:
        //   decompose validate model.domain
        //   decompose analyze model.domain
        /* Block comments work too. `///` doc comments attach to the next declaration or field. */

        /// The system being split; the summary string is optional.
        system Shop "The online shop monolith"

        /// Teams that own parts of the monolith (one or more `team` lines).
        team Growth, Checkout
        team Warehouse

        /// Enums: cases separated by commas and/or newlines.
        enum OrderStatus { pending, paid, shipped, cancelled }

        /// Value objects are embedded wherever they are used.
        value Money { amount: Decimal, currency: String }

        /// An entity with an owner and characteristics (each at most once, in any order):
        /// volatility rarely|normally|often, content-volatility rarely|regularly|often,
        /// availability low|normal|critical, consistency weak|eventual|high,
        /// security public|internal|critical, size tiny|normal|huge,
        /// storage relational|document|key-value|graph|search|blob|time-series.
        entity Customer owned-by Growth volatility rarely security internal {
          id: UUID                      // a field named `id` is the identity
          email: Email unique           // `unique` values
          nickname: String?             // `?` makes a field optional
          tags: [String]                // a list
          addresses: [Address]          // a list of an entity: composition, Address lives in Customer's aggregate
          referrer -> Customer?         // `->` references another entity by object
        }

        entity Address { street: String, city: String, country: String }

        /// Inheritance: a PremiumCustomer is a Customer, and the two are never split.
        entity PremiumCustomer extends Customer { tier: Int }

        entity Product owned-by Growth volatility often content-volatility regularly storage document {
          id: UUID
          name: String
          price: Money                  // a value object
          categoryId: UUID              // `<entity>Id`: a reference to Category by its identity
        }

        entity Category owned-by Growth size tiny { id: UUID, name: String }

        entity Stock owned-by Warehouse availability critical content-volatility often {
          sku: String identity          // `identity` marks the identity when it is not called `id`
          productId: UUID
          onHand: Int
        }

        /// A declared aggregate: one `root` and the entities that live inside it.
        aggregate Order owned-by Checkout consistency high {
          root Order {
            id: UUID
            customer -> Customer
            status: OrderStatus
            total: Money
            lines: [OrderLine]
          }
          entity OrderLine { product -> Product, quantity: Int, price: Money }
        }

        entity Payment owned-by Checkout security critical { id: UUID, orderId: UUID, amount: Money }

        /// Domain events, published by use cases and handled by others.
        event OrderPlaced { order -> Order, total: Money }
        event PaymentReceived { payment -> Payment }

        /// Use cases (also `command` and `query`) with what they read and write, at entity or field level.
        usecase PlaceOrder by Customer latency-critical {
          reads  Customer, Product.price, Stock
          writes Order, OrderLine, Stock.onHand
          emits  OrderPlaced
        }

        command CapturePayment {
          reads  Order.total
          writes Payment
          emits  PaymentReceived
          on     OrderPlaced
        }

        command ShipOrder by Warehouse {
          writes Order.status, Stock.onHand
          on     PaymentReceived
        }

        query BrowseCatalog by Customer { reads Product, Category, Stock.onHand }

        /// A security zone: its entities never share a context with another zone's.
        zone PaymentData { Payment }

        /// Hints the analysis must honour.
        keep-apart Customer, Payment
        keep-together Product, Category

        /// A context the team has already decided.
        pin Stock to Inventory

        """#
}
