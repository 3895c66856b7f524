"""The live cloud: imgver's one boundary to AWS Cloud Control and SageMaker.

`client` makes every call (reads, lists, creates, updates, deletes, resumes); `errors`
translates every botocore exception and failed request into a `CloudError`; `polling`
holds the waiting rules; `permissions` the IAM actions each call needs. Must not: decide
what to change or touch recorded state. See docs/ARCHITECTURE.md.
"""
