/**
 * The journey enumerations as plain lists, free of the schema library, so screens that only
 * need the values (the journey list's tags) do not load the validation schemas.
 */
export const SCENES = ['onsite-sales', 'service', 'financing', 'phone', 'parts', 'other'] as const;

/** Customer pyramid tiers, top first. */
export const CUSTOMER_TIERS = ['diamond', 'gold', 'brass', 'lead'] as const;

export const LANE_KINDS = ['department', 'customer', 'system', 'partner'] as const;

export const CHANNELS = ['onsite', 'phone', 'online', 'email', 'visit', 'document', 'other'] as const;
