namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>An OParl list's pagination: how many objects in all, per page, this page's number and the number of pages.</summary>
internal sealed record OParlPagination(int TotalElements, int ElementsPerPage, int CurrentPage, int TotalPages);
