using NodaTime;

namespace SCO.Arshjul.Grains.Accounts;

/// <summary>The limits of <see cref="IAccountGrain"/>, for the web layer to show and check early.</summary>
public static class AccountRules
{
    /// <summary>The validity the web layer is expected to give a sign-in link: 15 minutes.</summary>
    public static readonly Duration DefaultSignInLinkValidity = Duration.FromMinutes(15);

    /// <summary>The shortest validity of a sign-in link.</summary>
    public static readonly Duration MinSignInLinkValidity = Duration.FromMinutes(1);

    /// <summary>The longest validity of a sign-in link.</summary>
    public static readonly Duration MaxSignInLinkValidity = Duration.FromMinutes(60);

    /// <summary>How many unused sign-in links an account keeps; issuing one more drops the oldest.</summary>
    public const int MaxUnusedSignInLinks = 5;

    /// <summary>How many API tokens may be active (neither revoked nor expired) at once.</summary>
    public const int MaxActiveApiTokens = 20;

    /// <summary>The longest API token name.</summary>
    public const int MaxApiTokenNameLength = 100;
}
