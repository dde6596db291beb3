using Azure.Core;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;

namespace SCO.Arshjul.Notifications.Graph.Configuration;

/// <summary>The app-only credential the Graph client authenticates with (client credentials flow through Azure.Identity).</summary>
/// <param name="Credential">The token source; tests and special set-ups may register their own.</param>
public sealed record GraphCredential(TokenCredential Credential)
{
    /// <summary>A client-secret or client-certificate credential from <paramref name="options"/> (validated first).</summary>
    public static GraphCredential From(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TokenCredential credential = string.IsNullOrWhiteSpace(options.CertificatePath)
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath)
                : new ClientCertificateCredential(
                    options.TenantId,
                    options.ClientId,
                    X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        return new GraphCredential(credential);
    }
}
