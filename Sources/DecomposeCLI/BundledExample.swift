// Generated from Fixtures/ecommerce.domain by BundledExampleTests; do not edit.
// Regenerate with: DECOMPOSE_RECORD=1 swift test --filter BundledExampleTests

/// The e-commerce example `decompose analyze` reads when no model is given.
enum BundledExample {
    /// The path that diagnostics name for the example.
    static let path = "ecommerce.domain"

    /// The text of Fixtures/ecommerce.domain.
    static let text = #"""
        /// The online shop monolith: one codebase and one relational database that have grown for ten years.
        /// Customers browse the catalogue, fill a cart, place an order and pay by card; the warehouse picks,
        /// packs and ships; customers track parcels, return goods and write reviews.
        ///
        /// This file describes the system as it is today, not as we want it to be: the data, the operations
        /// that touch it, who owns what, and the facts an architect would want to know (how often things change,
        /// what must be consistent, what is secret). Run decompose on it to get suggested bounded contexts, and
        /// read the explanations to see which facts pulled each entity where.
        system Shop "Online shop monolith: catalogue, checkout, payments and fulfilment in one codebase"

        /// Five teams work on the monolith today. Team boundaries grew historically and do not map one-to-one
        /// onto any clean split: the Storefront team owns everything a visitor sees, Fulfilment everything
        /// behind the warehouse door.
        team Storefront, Merchandising, Checkout, Payments, Fulfilment

        // ---- Shared vocabulary ----
        value Money { amount: Decimal, currency: String }
        value PostalAddress { recipient: String, line1: String, line2: String?, postcode: String, city: String, country: String }

        enum OrderStatus { pending, paid, partiallyShipped, shipped, delivered, cancelled }
        enum PaymentStatus { authorised, captured, failed, voided, refunded }
        enum ShipmentStatus { packed, handedOver, inTransit, delivered, lost }
        enum ReturnStatus { requested, approved, received, refunded, rejected }
        enum ReviewStatus { submitted, published, rejected }
        enum Channel { email, sms, push }

        // ---- Customers ----
        /// A registered shopper. Holds personal data (GDPR): name, e-mail, phone and the address book.
        entity Customer owned-by Storefront security internal availability critical {
          id: UUID
          email: Email unique
          name: String, phone: String?
          registeredAt: DateTime
          addresses: [Address]              // the address book lives and dies with the customer
          preferences: CustomerPreferences
        }
        entity Address { id: UUID, label: String, postal: PostalAddress, isDefaultShipping: Bool, isDefaultBilling: Bool }
        /// Language, currency and marketing consent; the notification code reads the opt-ins before every send.
        entity CustomerPreferences { id: UUID, language: String, currency: String, marketingConsent: Bool, channels: [Channel] }

        // ---- Catalogue: read by every page, changed by merchandisers and nightly supplier feeds ----
        /// A sellable product. Read on every page view (about 2,000 reads per write); new attribute kinds
        /// arrive with every new product range, so the structure changes often.
        entity Product owned-by Storefront volatility often content-volatility regularly availability critical storage document {
          id: UUID
          sku: String unique
          name: String, description: Text
          /// The list price. Denormalised here years ago; price lists and promotions override it.
          price: Money
          /// Average star rating, recomputed whenever a review is published.
          averageRating: Double?
          category -> Category, brand -> Brand?
          images: [ProductImage], attributes: [ProductAttribute]
        }
        entity ProductImage { id: UUID, url: URL, altText: String, position: Int }
        entity ProductAttribute { id: UUID, name: String, text: String, isFilterable: Bool }
        /// The category tree, curated by merchandising; it changes a few times a year.
        entity Category owned-by Merchandising volatility rarely content-volatility rarely {
          id: UUID
          name: String, slug: String unique
          parent -> Category?
        }
        entity Brand owned-by Storefront content-volatility rarely { id: UUID, name: String unique, logo: URL? }

        // ---- Pricing and promotions ----
        /// A price list for a market or customer group, valid for a period. Published by the pricing managers.
        entity PriceList owned-by Merchandising content-volatility regularly {
          id: UUID
          name: String, currency: String
          validFrom: Date, validUntil: Date?
          entries: [PriceListEntry]
        }
        entity PriceListEntry { id: UUID, productId: UUID, amount: Money }
        /// A discount rule ("20% off shoes", "buy 3 pay 2"). Marketing invents a new rule kind every season.
        entity Promotion owned-by Merchandising volatility often content-volatility regularly {
          id: UUID
          name: String, rule: JSON
          startsAt: DateTime, endsAt: DateTime
          categories -> [Category], products -> [Product]
        }
        /// A coupon code. Codes with a usage limit must never be redeemed more often than allowed.
        entity Coupon owned-by Merchandising consistency high {
          id: UUID
          code: String unique
          promotion -> Promotion
          usageLimit: Int?, timesUsed: Int
        }
        entity CouponRedemption owned-by Merchandising { id: UUID, coupon -> Coupon, orderId: UUID, customerId: UUID, redeemedAt: DateTime }

        // ---- Inventory: overselling is the most expensive bug we have, so stock counts are strictly consistent ----
        entity Warehouse owned-by Fulfilment volatility rarely content-volatility rarely { id: UUID, code: String unique, address: PostalAddress }

        /// Stock of one product in one warehouse. Reserving locks the row and inserts a reservation.
        aggregate StockItem owned-by Fulfilment consistency high content-volatility often {
          root StockItem {
            id: UUID
            productId: UUID
            warehouse -> Warehouse
            onHand: Int, reserved: Int
            reservations: [StockReservation]
          }
          /// Stock held for an order until it ships or the reservation expires.
          entity StockReservation { id: UUID, orderId: UUID, quantity: Int, expiresAt: DateTime }
        }
        /// Append-only log of every goods receipt, pick, return and correction; auditors read it.
        entity StockMovement owned-by Fulfilment size huge content-volatility often { id: UUID, stockItem -> StockItem, delta: Int, reason: String, at: DateTime }

        // ---- Shopping: carts and wishlists ----
        /// A cart, also for anonymous visitors. Written on every click, abandoned 70% of the time; kept in Redis
        /// since the Black Friday outage.
        entity Cart owned-by Checkout content-volatility often availability critical consistency weak storage key-value {
          id: UUID
          sessionToken: String
          customer -> Customer?
          couponCode: String?
          items: [CartItem]
          convertedAt: DateTime?
        }
        entity CartItem { id: UUID, product -> Product, quantity: Int, unitPrice: Money }
        /// Built in a hackathon; nobody has owned it since.
        entity Wishlist content-volatility regularly { id: UUID, customer -> Customer, products -> [Product] }

        // ---- Orders: the legal record of a sale ----
        /// An order and its lines are changed together; totals must always equal the sum of the lines.
        aggregate Order owned-by Checkout consistency high availability critical size huge storage relational {
          root Order {
            id: UUID
            number: String unique
            customer -> Customer
            status: OrderStatus
            shippingAddress: PostalAddress, billingAddress: PostalAddress
            total: Money, couponCode: String?
            placedAt: DateTime
            lines: [OrderLine]
            history: [OrderStatusChange]
          }
          entity OrderLine { id: UUID, product -> Product, sku: String, quantity: Int, unitPrice: Money, discount: Money }
          entity OrderStatusChange { id: UUID, status: OrderStatus, at: DateTime, reason: String? }
        }

        // ---- Payments: PCI DSS scope ----
        /// A card payment for an order, authorised at checkout and captured at dispatch through the payment
        /// service provider (PSP). Keeps the card token used, so it is in PCI scope.
        entity Payment owned-by Payments security critical consistency high availability critical {
          id: UUID
          order -> Order
          amount: Money
          status: PaymentStatus
          cardToken: String
          pspReference: String unique
          authorisedAt: DateTime, capturedAt: DateTime?
        }
        entity Refund owned-by Payments security internal consistency high { id: UUID, payment -> Payment, amount: Money, reason: String, pspReference: String, issuedAt: DateTime }
        /// A customer's saved card: the PSP token, expiry and last four digits. Never the card number.
        entity StoredCard owned-by Payments security critical volatility rarely {
          id: UUID
          customer -> Customer
          token: String unique
          lastFour: String, expiry: String, scheme: String
        }

        // ---- Shipping ----
        entity Shipment owned-by Fulfilment {
          id: UUID
          order -> Order
          warehouse -> Warehouse
          carrier -> Carrier
          status: ShipmentStatus
          deliveryAddress: PostalAddress
          dispatchedAt: DateTime?, deliveredAt: DateTime?
          parcels: [Parcel]
        }
        entity Parcel { id: UUID, trackingNumber: String unique, weightGrams: Int, lines -> [OrderLine] }
        /// The carriers we ship with and their API settings; edited by operations, no team owns it.
        entity Carrier volatility rarely content-volatility rarely { id: UUID, name: String, apiEndpoint: URL, services: [String] }
        /// Scans reported by carrier webhooks: millions a month, never changed.
        entity TrackingEvent size huge content-volatility often storage time-series { id: UUID, parcel -> Parcel, code: String, location: String?, at: DateTime }

        // ---- Returns ----
        /// A return merchandise authorisation (RMA): requested by the customer, checked in by the warehouse,
        /// refunded by payments.
        entity ReturnRequest owned-by Fulfilment {
          id: UUID
          order -> Order
          status: ReturnStatus
          requestedAt: DateTime
          items: [ReturnItem]
        }
        entity ReturnItem { id: UUID, orderLine -> OrderLine, quantity: Int, reason: String, condition: String? }

        // ---- Reviews ----
        /// Customer reviews: public, written a lot, moderated before publishing.
        entity Review owned-by Storefront security public content-volatility often size huge storage document {
          id: UUID
          product -> Product
          customer -> Customer
          rating: Int, title: String, body: Text
          status: ReviewStatus
          verifiedPurchase: Bool
        }
        entity ReviewVote owned-by Storefront size huge { id: UUID, review -> Review, customerId: UUID, helpful: Bool }

        // ---- Notifications: shared code every team adds templates to; nobody owns it ----
        entity NotificationTemplate content-volatility regularly { id: UUID, key: String unique, channel: Channel, language: String, body: Text }
        /// Every e-mail, SMS and push message sent, kept 90 days for customer service.
        entity NotificationMessage size huge consistency weak { id: UUID, template -> NotificationTemplate, customer -> Customer, channel: Channel, sentAt: DateTime }

        // ---- Events ----
        event CustomerRegistered { customer -> Customer }
        event ProductCreated { product -> Product }
        event PricesChanged { priceList -> PriceList }
        event OrderPlaced { order -> Order, total: Money }
        event PaymentFailed { payment -> Payment }
        event OrderShipped { shipment -> Shipment }
        event ShipmentDelivered { shipment -> Shipment }
        event StockReplenished { stockItem -> StockItem }
        event ReturnReceived { returnRequest -> ReturnRequest }
        event RefundIssued { refund -> Refund }
        event ReviewPublished { review -> Review }

        // ---- Use cases: what the monolith does today, and everything each operation touches ----
        // Customers
        command RegisterCustomer by Visitor {
          writes Customer, CustomerPreferences
          emits  CustomerRegistered
        }
        command EditAddressBook by Customer {
          reads  Customer
          writes Address
        }
        command ChangePreferences by Customer { writes CustomerPreferences }
        command SaveCard by Customer {
          reads  Customer
          writes StoredCard
        }

        // Catalogue
        /// Category pages: the busiest pages of the shop, with list price, promotion badges and stock badges.
        query BrowseCategory by Visitor latency-critical {
          reads  Category, Product.name, Product.price, Product.averageRating, ProductImage, Brand.name, Promotion, StockItem.onHand
        }
        query ViewProduct by Visitor latency-critical {
          reads  Product, ProductImage, ProductAttribute, Brand, PriceListEntry.amount, Promotion, StockItem.onHand, StockItem.reserved, Review
        }
        query SearchProducts by Visitor latency-critical { reads Product, ProductAttribute, Category, Brand }
        command MaintainProduct by Merchandiser {
          reads  Category, Brand
          writes Product, ProductImage, ProductAttribute
          emits  ProductCreated
        }
        /// Nightly supplier feed: creates and updates products and brands in bulk.
        command ImportSupplierFeed by Scheduler {
          writes Product, ProductAttribute, ProductImage, Brand
          emits  ProductCreated
        }
        command EditCategoryTree by Merchandiser { writes Category }
        /// Inventory creates a stock record in every warehouse for each new product.
        command CreateStockItems {
          reads  Warehouse, Product.sku
          writes StockItem
          on     ProductCreated
        }

        // Pricing
        command PublishPriceList by PricingManager {
          reads  Product.sku, Product.price
          writes PriceList, PriceListEntry
          emits  PricesChanged
        }
        command CreatePromotion by Merchandiser {
          reads  Category, Product
          writes Promotion
        }
        command IssueCoupons by Marketer {
          reads  Promotion
          writes Coupon
        }

        // Shopping
        command AddToCart by Visitor latency-critical {
          reads  Product.name, Product.price, PriceListEntry.amount, StockItem.onHand, StockItem.reserved
          writes Cart, CartItem
        }
        query ViewCart by Visitor latency-critical { reads Cart, CartItem, Product.name, ProductImage, Promotion, Coupon.code }
        command ApplyCoupon by Customer {
          reads  Coupon, Promotion
          writes Cart.couponCode
        }
        /// Open carts show today's price, not the one from when the item was added.
        command RepriceOpenCarts {
          reads  PriceListEntry
          writes CartItem.unitPrice
          on     PricesChanged
        }
        command AddToWishlist by Customer {
          reads  Product.name
          writes Wishlist
        }

        // Ordering
        /// Checkout, one database transaction today: prices the cart, redeems the coupon, reserves stock in
        /// the nearest warehouse and authorises the card with the PSP before the order is confirmed.
        command PlaceOrder by Customer latency-critical {
          reads  Customer, Address, Cart, CartItem, Product.price, PriceListEntry.amount, Promotion, Coupon, StoredCard, Warehouse
          writes Order, OrderLine, OrderStatusChange, Coupon.timesUsed, CouponRedemption, StockItem.reserved, StockReservation, Payment, Cart.convertedAt
          emits  OrderPlaced
        }
        command CancelOrder by Customer {
          reads  Payment.status
          writes Order.status, OrderStatusChange, StockItem.reserved, StockReservation, Payment.status
        }
        /// The PSP reports a failed authorisation hours later (3-D Secure timeouts): cancel the order.
        command CancelUnpaidOrder {
          writes Order.status, OrderStatusChange, StockItem.reserved, StockReservation
          on     PaymentFailed
        }
        query MyOrders by Customer { reads Order, OrderLine, OrderStatusChange, Shipment.status, Parcel.trackingNumber, TrackingEvent }
        command CompleteOrder {
          writes Order.status, OrderStatusChange
          on     ShipmentDelivered
        }

        // Payments
        /// Webhook from the PSP: settles, fails or charges back a payment.
        command HandlePspNotification by PaymentProvider {
          reads  Payment.pspReference
          writes Payment.status, Refund
          emits  PaymentFailed
        }
        command CapturePayment {
          reads  Order.total
          writes Payment.status, Payment.capturedAt
          on     OrderShipped
        }
        command RefundReturn {
          reads  ReturnRequest, ReturnItem, OrderLine.unitPrice, Payment
          writes Refund
          emits  RefundIssued
          on     ReturnReceived
        }
        command RefundGoodwill by CustomerService {
          reads  Order, Payment
          writes Refund
          emits  RefundIssued
        }

        // Inventory and shipping
        command ReceiveGoods by WarehouseClerk {
          reads  Warehouse, Product.sku
          writes StockItem.onHand, StockMovement
          emits  StockReplenished
        }
        command ReleaseExpiredReservations by Scheduler { writes StockItem.reserved, StockReservation }
        /// Pick, pack and hand over: one transaction that books the stock out, creates the shipment and moves
        /// the order on.
        command ShipOrder by WarehouseClerk {
          reads  Order, OrderLine, Warehouse, Carrier
          writes Shipment, Parcel, StockItem.onHand, StockItem.reserved, StockReservation, StockMovement, Order.status, OrderStatusChange
          emits  OrderShipped
        }
        command RecordTrackingScan by CarrierSystem {
          reads  Parcel.trackingNumber
          writes TrackingEvent, Shipment.status, Shipment.deliveredAt
          emits  ShipmentDelivered
        }

        // Returns
        command RequestReturn by Customer {
          reads  Order, OrderLine, Shipment.deliveredAt
          writes ReturnRequest, ReturnItem
        }
        command ReceiveReturn by WarehouseClerk {
          reads  ReturnRequest, ReturnItem, OrderLine.sku
          writes ReturnRequest.status, ReturnItem.condition, StockItem.onHand, StockMovement
          emits  ReturnReceived
        }
        command CloseReturn {
          writes ReturnRequest.status
          on     RefundIssued
        }

        // Reviews
        /// Only customers who bought the product get the "verified purchase" badge.
        command WriteReview by Customer {
          reads  Product.name, Order, OrderLine.product
          writes Review
        }
        command ModerateReview by Moderator {
          writes Review.status
          emits  ReviewPublished
        }
        command VoteOnReview by Visitor { writes ReviewVote }
        command UpdateAverageRating {
          reads  Review.rating
          writes Product.averageRating
          on     ReviewPublished
        }

        // Notifications
        command SendWelcomeMail {
          reads  Customer.email, CustomerPreferences, NotificationTemplate
          writes NotificationMessage
          on     CustomerRegistered
        }
        command SendOrderConfirmation {
          reads  Order, OrderLine, Customer.email, CustomerPreferences, NotificationTemplate
          writes NotificationMessage
          on     OrderPlaced
        }
        command SendDispatchNotice {
          reads  Shipment, Parcel.trackingNumber, Customer.email, CustomerPreferences, NotificationTemplate
          writes NotificationMessage
          on     OrderShipped
        }
        command SendRefundNotice {
          reads  Refund.amount, Customer.email, CustomerPreferences, NotificationTemplate
          writes NotificationMessage
          on     RefundIssued
        }
        /// "Back in stock" mails to everyone who has the product on a wishlist.
        command NotifyWishlistWatchers {
          reads  StockItem.productId, Wishlist, Product.name, Customer.email, CustomerPreferences, NotificationTemplate
          writes NotificationMessage
          on     StockReplenished
        }
        command EditTemplate by Marketer { writes NotificationTemplate }

        // Reporting
        /// Finance's daily sales export, a straight SQL join over the order and payment tables.
        query DailySalesReport by Finance { reads Order, OrderLine, Payment, Refund }

        // ---- Constraints ----
        /// PCI DSS: card tokens and the payments made with them stay in their own audited zone.
        zone CardData { StoredCard, Payment }

        """#
}
