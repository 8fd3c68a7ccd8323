metadata description = 'The Web Chat page in Azure: the Direct Line channel on the Azure Bot, its secret kept in a Key Vault that only the bot\'s identity may read. The web app reads it through a Key Vault reference (DirectLine__Secret); the secret is never an output.'

@description('Name of the existing Azure Bot resource.')
param botName string

@description('Name of the Key Vault that keeps the Direct Line secret (globally unique, 3-24 characters).')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Name of the secret holding the Direct Line key.')
param secretName string

@description('Azure region of the Key Vault.')
param location string

@description('Tags applied to the Key Vault.')
param tags object

@description('Name of the bot\'s user-assigned managed identity (same resource group), which reads the secret.')
param identityName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName
}

// One site, Direct Line 3.0 only, no uploads (the page hides the upload button; the bot takes no files).
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Mednum49 Web Chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

// The key is read from the channel at deployment time and goes straight into the vault: never a parameter or output.
resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    value: directLine.listChannelWithKeys().setting.sites[0].key
    contentType: 'Direct Line secret of the Azure Bot ${botName}'
  }
}

// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource readSecret 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: secretsUserRoleId
    principalId: identity.properties.principalId
    // Set explicitly: the identity was just created and may not have replicated yet.
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the Direct Line channel resource.')
output directLineChannel string = directLine.name

@description('Name of the Key Vault.')
output keyVaultName string = vault.name
