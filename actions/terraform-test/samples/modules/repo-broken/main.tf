# Provider-free stand-in for the walkthrough module: terraform_data (built into terraform)
# instead of aws_codecommit_repository, so real terraform can run it offline.
variable "repository_name" {
  description = "Name of the repository; the module prefixes it with repo-."
  type        = string

  validation {
    condition     = length(var.repository_name) <= 100
    error_message = "The repository name must be 100 characters or less."
  }
}

variable "kms_key_id" {
  description = "Key that encrypts the repository."
  type        = string
  default     = null
}

resource "terraform_data" "repository" {
  input = {
    repository_name = format("repo-%s", var.repository_name)
    kms_key_id      = var.kms_key_id
  }
}

output "repository_name" {
  value = terraform_data.repository.output.repository_name
}
