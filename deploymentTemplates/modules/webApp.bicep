metadata description = 'Linux App Service plan and the web app running the bot on .NET 10, with the bot\'s managed identity assigned, HTTPS only and a health check on /healthz.'

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique: it is the host name <name>.azurewebsites.net).')
param siteName string

@description('Azure region of the plan and the web app.')
param location string

@description('Tags applied to the plan and the web app.')
param tags object

@description('Pricing tier of the plan. Basic or higher: "Always On" keeps the bot warm for Teams\' 15-second answer limit.')
param skuName string

@description('Resource id of the bot\'s user-assigned managed identity.')
param identityId string

@description('Application settings, as { name, value } pairs.')
param appSettings array

@description('Command that starts the app in /home/site/wwwroot.')
param startupCommand string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in the app settings (the Web Chat page's Direct Line secret) are read as the bot's identity.
    keyVaultReferenceIdentity: identityId
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: startupCommand
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
}

// Deployments authenticate with Entra ID (az login), never with publishing user names and passwords.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the web app.')
output name string = site.name

@description('Default host name of the web app.')
output hostName string = site.properties.defaultHostName
