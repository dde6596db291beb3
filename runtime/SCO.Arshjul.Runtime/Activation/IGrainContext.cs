namespace SCO.Arshjul.Runtime;

/// <summary>What a grain instance sees of its activation.</summary>
internal interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    IGrainStorage Storage { get; }

    IGrainStateSerializer Serializer { get; }

    /// <summary>The silo's clock.</summary>
    TimeProvider Time { get; }

    /// <summary>Cancelled when the silo stops.</summary>
    CancellationToken CancellationToken { get; }

    void DeactivateAfterTurn(DeactivationReason reason);
}
