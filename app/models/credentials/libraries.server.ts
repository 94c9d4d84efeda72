// The signing and verifying libraries (JSON-LD processing, canonicalisation,
// Ed25519) take a noticeable time to load; they are loaded on the first
// credential, not on every server start.
let loaded: ReturnType<typeof load> | undefined;

async function load() {
  const [dataIntegrity, Ed25519Multikey, eddsa, vc, statusList] = await Promise.all([
    import("@digitalbazaar/data-integrity"),
    import("@digitalbazaar/ed25519-multikey"),
    import("@digitalbazaar/eddsa-rdfc-2022-cryptosuite"),
    import("@digitalbazaar/vc"),
    import("@digitalbazaar/vc-bitstring-status-list"),
  ]);
  return { DataIntegrityProof: dataIntegrity.DataIntegrityProof, Ed25519Multikey, eddsaRdfc2022: eddsa.cryptosuite, vc, statusList };
}

export function credentialLibraries() {
  loaded ??= load();
  return loaded;
}
