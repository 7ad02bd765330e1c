resource "terraform_data" "key" {
  input = "arn:aws:kms:us-east-1:111122223333:key/demo"
}

output "kms_key_id" {
  value = terraform_data.key.output
}
