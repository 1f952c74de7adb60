// The digests of earlier shipped versions of the built-in definitions (test/forms/shipped-digests.json through its
// history): a template's mark of one of them is the built-in at an older version, scored by the current one with a
// warning. A mark of an older version number and any other digest is a team's edited copy (its id and version kept),
// not the built-in: scored by the built-in, its own bands and weights were lost at exit 0.
// When a shipped definition's version is raised, its previous digest goes here.
export const PREVIOUS_DIGESTS: Readonly<Record<string, readonly string[]>> = {
  'after-sales-monthly': ['2b2e36101dba8c44'],
  'bao-lun-quality': ['ea8b7a1c39987e3a'],
  'cs-ability': ['523c5440f26b94c9', 'b52a0d2499632297', 'b75323eef68b097f', 'aac985e43b77790a', '2c2e612a6c7500de', 'ce1148e57570e3f1'],
  'cs-checklist': ['029ea18c6223325a', 'a7ad49bffbd5e978', '0a62e00d94a794b0'],
  'cs-dept-monthly': ['209599a781a59040', '1f5ad7e922c524ad'],
  'cs-dept-rating': ['25aad72a6f5bcd21', '09d938316a568a87', '19ffc553cb3c4171', '47ad49ebb919687f'],
  'cs-work-review': ['45871ca4a0d403d6', '4327c24717d2459a'],
  'express-cs': ['d886f7cb3e72fec7'],
  'install-followup': ['9017bcc58656d636', '808552f1a927007e', 'e8d5868bca5e2e90', '59b8916f259c1ffa', 'f45f7930c07c805a', 'f0d5ab26b1bc82bd', '2bb75d445c541274', '799365b5fa4b2a05', 'ffcaaaa6df21f3c5', '4f9f8d0f15bb4e64', '03676522721fcd35', 'b799e4aa7c40ca6b', '651e3107cc9b0473', 'a2b09088c6f98f39', 'db343dc9df48ef3b', '0682ed618037882d'],
  'internal-satisfaction-dept': ['376122901bd29284', '3765674c63daaa29', '4f6a2b8536371369', 'a4b141e73bc87a91'],
  'internal-satisfaction-workshop': ['7fe611b2c3af4470', 'cfecfc0e2555cbd1', '44a9c42d7eef8160', '77a922e1fa79582c', '69510e798bfb49b4', '35b376b98188a1d3', '172af16b92195e2a'],
  'interview-eval': ['1d4b7dd36913e86f', 'ef48117a3cd3cb06', '045d13ae8d2521b4', 'ab3d7234672da245', '34d223fe0da3cbb3'],
  // (1.0.1 twice, with the digests of what it says too: marks of the second are of that kind.)
  'mattress-cs-monthly': ['338aa1bbb02aab88', 'a5fe8321999edc8c', 'b16ca22c08f8fbdc', '11aa5474c5502dcf', 'f62dab15b5b0a33a'],
  probation: ['7fed50f7c7bff413', '10b393f5d0937ad8'],
  'property-service-quality': ['12f7aac6260c3101', '6abfbd4931637cb3', '9533d01087505a75', '5bced7b5fee4c6ad'],
  'sales-aftersales-monthly': ['43a3f0ad8079b756', '813fe50f7a804b97', '56457be6cd59f325', '4ae3e5815a7245fd', 'afbc40ec3e93e249'],
  'sales-cs-kpi': ['e2e749b7f1dde381', '097e53815caa1fba', '2c0631dfd84e74a6', '30cc615fe4a09a98', '8e7b7f7cc7de5e1f', '8ad05bf02a368d1e', '982f88b8353c0ff6'],
  'satisfaction-monthly': ['5f895163f0905856'],
  'satisfaction-scorecard': ['9997261e655acf44', 'bc40be565e4f4951', '6aa9f0c91420cd6a'],
  'satisfaction-standard': ['bf7d7bada70bf501'],
  'shop-cs-monthly': ['19062c399420e453', '82dfe2b9f8f9b5fa', '24db0b436b304f87', 'f2f86592a1404586'],
};
