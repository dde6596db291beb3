namespace SCO.Arshjul.Grains.Accounts;

/// <summary>What redeeming a sign-in link came to; only <see cref="Accepted"/> signs the person in.</summary>
public enum SignInRedemption
{
    /// <summary>The link was valid and unused: it is now used, and the person is signed in.</summary>
    Accepted,

    /// <summary>No such link: never issued, or dropped because newer links were issued.</summary>
    Unknown,

    /// <summary>The link was already used; each link signs in once.</summary>
    AlreadyUsed,

    /// <summary>The link's validity has run out.</summary>
    Expired,
}
